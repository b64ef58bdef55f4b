/// mimalloc: the tree and model are many small allocations made and freed
/// together; glibc's allocator spent a fifth of the check time on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    datalint::cli::main()
}
