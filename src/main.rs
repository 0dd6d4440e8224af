//! The `isnad` command-line tool: `isnad extract`, `stats`, `eval` and `demo`
//! (see `isnad --help` and docs/cli.md).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
