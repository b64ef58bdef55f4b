# Builds of datalint at given commits, for the scripts that compare commits
# (benches/instructions.sh, benches/paired.sh). Sourced, not run. The caller sets
# `repo` (the repository's top) before sourcing.
#
# Each commit is built in a worktree and a target directory of its own under
# target/instructions/ (or $CARGO_TARGET_DIR/instructions/), so that a second
# measurement of the same commit rebuilds nothing; `worktree` names the working tree.
# Remove the worktrees with `git worktree remove --force` when done.

work="${CARGO_TARGET_DIR:-$repo/target}/instructions"
mkdir -p "$work"
# The generated 10 MB corpus of seed 42 that every figure of docs/performance.md uses.
corpus="$work/corpus-10MB-seed42.dsl"

# Builds datalint, pgo_train, gen_corpus and time_passes at revision $1 (or the working tree for
# `worktree`) and prints the directory the binaries are in. Progress goes to stderr.
build_at() {
  local rev=$1 tree target
  if [[ $rev == worktree ]]; then
    tree=$repo
    target=$work/target
  else
    local commit
    commit=$(git -C "$repo" rev-parse --short "$rev")
    tree=$work/tree-$commit
    target=$work/target-$commit
    if [[ ! -d $tree ]] && ! git -C "$repo" worktree add --detach --force "$tree" "$commit" >/dev/null; then
      echo "cannot make a worktree for $rev at $tree" >&2
      return 2
    fi
  fi
  # The pass timer of benches/paired.sh is the working tree's, in every build, so that
  # commits older than it are timed alike (left untracked in their worktree).
  [[ -f $tree/examples/time_passes.rs ]] || cp "$repo/examples/time_passes.rs" "$tree/examples/"
  echo "== $rev: building" >&2
  (cd "$tree" && CARGO_TARGET_DIR="$target" cargo build --release --quiet --bin datalint \
    --example pgo_train --example gen_corpus --example time_passes) >&2
  local bin=$target/release
  [[ -f $corpus ]] ||
    "$bin/examples/gen_corpus" --bytes 10485760 --seed 42 --out "$corpus" >/dev/null
  echo "$bin"
}
