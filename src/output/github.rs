//! (being written)

use super::EmitContext;

pub fn emit(_cx: &EmitContext<'_>, _out: &mut dyn std::io::Write) -> std::io::Result<()> {
    Err(std::io::Error::other(
        "the github format is not available yet",
    ))
}
