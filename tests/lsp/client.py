"""Drives `datalint lsp` with pygls's standard LSP client over stdio.

usage: client.py DATALINT WORKSPACE

Opens examples from the workspace and checks diagnostics, hover, completion,
definition, references, formatting and the waiver code action, then shuts
the server down. Exits non-zero on the first failed expectation.
"""

import asyncio
import pathlib
import sys

from lsprotocol import types
from pygls.lsp.client import LanguageClient


def check(condition, message):
    if not condition:
        print(f"FAILED: {message}", file=sys.stderr)
        sys.exit(1)
    print(f"ok: {message}")


async def main(datalint, workspace):
    root = pathlib.Path(workspace).resolve()
    client = LanguageClient("datalint-test", "v1")
    diagnostics = {}
    received = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params):
        diagnostics[params.uri] = params.diagnostics
        received.set()

    await client.start_io(datalint, "lsp")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root.as_uri())
    )
    client.initialized(types.InitializedParams())

    province = root / "province-authorized-operation.dsl"
    uri = province.as_uri()
    text = province.read_text(encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="datalint", version=1, text=text)
        )
    )
    await asyncio.wait_for(received.wait(), 20)
    for _ in range(50):
        if uri in diagnostics:
            break
        await asyncio.sleep(0.1)
    codes = {str(d.code) for d in diagnostics.get(uri, [])}
    check("MON002" in codes and "PTY001" in codes, f"diagnostics on open ({len(codes)} codes)")

    lines = text.splitlines()

    def position_of(needle, occurrence=0, shift=0):
        seen = 0
        for number, line in enumerate(lines):
            column = line.find(needle)
            if column >= 0:
                if seen == occurrence:
                    return types.Position(line=number, character=column + shift)
                seen += 1
        raise AssertionError(needle)

    doc = types.TextDocumentIdentifier(uri=uri)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc, position=position_of("term ", 0, 1))
    )
    check(hover is not None and "length of the authorization" in hover.contents.value, "hover on an attribute")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc, position=position_of("user.biometric.face", 0, 6))
    )
    check(hover is not None and "Sensitive" in hover.contents.value, "hover on a sensitive category")

    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc, position=position_of("  selection ", 0, len("  selection ")))
    )
    items = completion.items if hasattr(completion, "items") else completion
    labels = {item.label for item in items}
    check({"open_tender", "direct_award"} <= labels, "completion of enum words")

    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=position_of("  operator ", 0, len("  operator ") + 16 + 3))
    )
    location = definition[0] if isinstance(definition, list) else definition
    check(location is not None and location.uri == uri, "go to definition of an operator")

    references = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc,
            position=position_of("gz_cameras", 0, 2),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    check(references is not None and len(references) >= 2, f"references ({len(references or [])})")

    messy = root / "messy.dsl"
    messy.write_text("body messy_b {kind court; independent true}\n", encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=messy.as_uri(), language_id="datalint", version=1, text=messy.read_text(encoding="utf-8")
            )
        )
    )
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=messy.as_uri()),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    check(edits and "  kind        court\n" in edits[0].new_text, "formatting")

    flagged = [d for d in diagnostics.get(uri, []) if str(d.code) == "MON002"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=doc,
            range=flagged[0].range,
            context=types.CodeActionContext(diagnostics=flagged),
        )
    )
    check(
        actions and "datalint: allow exclusive-term-too-long" in next(iter(actions[0].edit.changes.values()))[0].new_text,
        "code action inserts a waiver",
    )

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    print("all LSP checks passed")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
