//! The built-in rules under `rules/` are embedded with `include_dir!`, which
//! cargo cannot see; this makes any change there rebuild the crate.

fn main() {
    println!("cargo:rerun-if-changed=rules");
}
