//! The command line: arguments, the two subcommands, and exit codes.

use crate::{html, input, jsonl, show};
use clap::{Parser, Subcommand, ValueEnum};
use input::InputError;
use std::io::{IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

/// Finds quotes and their speakers, hedges, and claims with no source or only a vague
/// one, in news and web text: who says so, and how sure they are.
#[derive(Parser)]
#[command(name = "claimlens", version, about, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 on success, 1 when the input cannot be read or is not UTF-8, 2 on a usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis as JSON (schema 1; offsets are UTF-16 code units).
    #[command(
        after_help = "Examples:\n  claimlens annotate article.txt --pretty\n  claimlens annotate --html page.html\n  claimlens annotate --html --whole-page page.html\n  \
        claimlens annotate --html --print-text page.html\n  \
        claimlens annotate --jsonl --jobs 4 < corpus.jsonl > analyses.jsonl"
    )]
    Annotate(AnnotateArgs),
    /// Print the text for a person: marks (in colour on a terminal), a legend, and why
    /// each sentence was marked.
    #[command(
        after_help = "Examples:\n  claimlens show demo/seed-article.txt\n  claimlens show --html page.html | less -R"
    )]
    Show(ShowArgs),
}

#[derive(clap::Args)]
struct AnnotateArgs {
    /// The text to analyse; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-", default_value = "-")]
    file: PathBuf,
    /// The input is an HTML page: analyse the visible text of its main content, as the
    /// extension does (the article, not the boxes beside it; scripts, code blocks, navigation
    /// and other page chrome left out, and what the page's own style sheets hide, those saved
    /// beside a FILE too; <blockquote>s become block quotes).
    #[arg(long, conflicts_with = "jsonl")]
    html: bool,
    /// With --html: all of the page's visible text, not just its main content.
    #[arg(long, requires = "html")]
    whole_page: bool,
    /// With --html: print the text that would be analysed (a blank line between blocks), not
    /// the analysis.
    #[arg(long, requires = "html", conflicts_with_all = ["pretty", "print_root"])]
    print_text: bool,
    /// With --html: print which element of the page is read, not the analysis: its tag, its
    /// index among the page's elements of that tag (as `document.getElementsByTagName` counts
    /// them), its id and classes. The extension's tests compare it with the browser's choice.
    #[arg(long, requires = "html", conflicts_with = "pretty")]
    print_root: bool,
    /// Stream JSON lines {"id", "text"} in, one line {"id", ...analysis} out per line, in
    /// order. A bad line gives {"id" (or "line"), "error"} and the run goes on.
    #[arg(long)]
    jsonl: bool,
    /// Threads for --jsonl (default: the available cores).
    #[arg(long, short = 'j', value_name = "N", requires = "jsonl")]
    jobs: Option<NonZeroUsize>,
    /// Indent the JSON.
    #[arg(long, conflicts_with = "jsonl")]
    pretty: bool,
}

#[derive(clap::Args)]
struct ShowArgs {
    /// The text to show; `-` reads standard input.
    #[arg(value_name = "FILE|-")]
    file: PathBuf,
    /// The input is an HTML page: show the visible text of its main content.
    #[arg(long)]
    html: bool,
    /// With --html: all of the page's visible text, not just its main content.
    #[arg(long, requires = "html")]
    whole_page: bool,
    /// Colour marks: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = ColourChoice::Auto)]
    color: ColourChoice,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColourChoice {
    Auto,
    Always,
    Never,
}

/// A failure that ends the run: exit code 1 with a message.
enum Failure {
    Input(InputError),
    Output(std::io::Error),
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Output(e)
    }
}

/// Runs the command; the exit code says how it went.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => annotate(args),
        Command::Show(args) => show(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`claimlens show x | head`) is the reader's choice, not an error.
        Err(Failure::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("claimlens: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        Err(Failure::Input(e)) => {
            eprintln!("claimlens: {e}");
            ExitCode::FAILURE
        }
    }
}

fn annotate(args: AnnotateArgs) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        let jobs = args.jobs.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get);
        let counts = if input::is_stdin(&args.file) {
            jsonl::run(std::io::stdin().lock(), &mut out, jobs)?
        } else {
            let name = input::display_name(&args.file);
            let file = std::fs::File::open(&args.file).map_err(|error| InputError::Read { name, error })?;
            jsonl::run(std::io::BufReader::new(file), &mut out, jobs)?
        };
        if counts.errors > 0 {
            eprintln!(
                "claimlens: {} of {} lines could not be analysed (see their \"error\" fields)",
                counts.errors, counts.lines
            );
        }
        return Ok(());
    }
    let part = html_part(args.html, args.whole_page);
    if let (Some(part), true) = (part, args.print_root) {
        writeln!(out, "{}", html::root_description(&input::read_text(&args.file)?, part))?;
        out.flush()?;
        return Ok(());
    }
    let (text, hints) = text_and_hints(&args.file, part)?;
    if args.print_text {
        writeln!(out, "{text}")?;
        out.flush()?;
        return Ok(());
    }
    let analysis = claimlens::analyze_with(&text, &hints);
    if args.pretty {
        serde_json::to_writer_pretty(&mut out, &analysis).map_err(std::io::Error::from)?;
    } else {
        serde_json::to_writer(&mut out, &analysis).map_err(std::io::Error::from)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn show(args: ShowArgs) -> Result<(), Failure> {
    let (text, hints) = text_and_hints(&args.file, html_part(args.html, args.whole_page))?;
    let analysis = claimlens::analyze_with(&text, &hints);
    let colour = match args.color {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty())
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(show::render(&text, &analysis, colour).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Which part of an HTML page to read, if the input is one.
fn html_part(is_html: bool, whole_page: bool) -> Option<html::Part> {
    is_html.then_some(if whole_page { html::Part::Whole } else { html::Part::Main })
}

/// The text to analyse: the input itself, or an HTML page's visible text and its block quotes.
fn text_and_hints(file: &PathBuf, html: Option<html::Part>) -> Result<(String, claimlens::Hints), InputError> {
    let raw = input::read_text(file)?;
    Ok(match html {
        // A page's own directory, for the style sheets saved beside it.
        Some(part) => html::visible_text_in(&raw, part, (!input::is_stdin(file)).then(|| file.parent()).flatten()),
        None => (raw, claimlens::Hints::default()),
    })
}
