//! Reading the input: a file or standard input, as bytes, then UTF-8 with an error
//! that says where the first bad byte is.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What went wrong reading the input; `main` prints it and exits with code 1.
#[derive(Debug)]
pub enum InputError {
    /// The file (or standard input) could not be read.
    Read { name: String, error: std::io::Error },
    /// The bytes are not UTF-8.
    NotUtf8 { name: String, offset: usize, line: usize, column: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Read { name, error } => write!(f, "cannot read {name}: {error}"),
            InputError::NotUtf8 { name, offset, line, column } => write!(
                f,
                "{name} is not valid UTF-8: bad byte at offset {offset} (line {line}, byte {column} of the line); \
                 convert it first, e.g. with iconv -f LATIN1 -t UTF-8"
            ),
        }
    }
}

/// `-` (or nothing) means standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name to use in messages.
pub fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads the whole input and checks it is UTF-8.
pub fn read_text(path: &PathBuf) -> Result<String, InputError> {
    let name = display_name(path);
    let bytes = if is_stdin(path) {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    }
    .map_err(|error| InputError::Read { name: name.clone(), error })?;
    utf8(bytes, &name)
}

/// `bytes` as a String, or where the first invalid byte is (1-based line and column).
pub fn utf8(bytes: Vec<u8>, name: &str) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line_start = bytes[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::NotUtf8 { name: name.to_string(), offset, line, column: offset - line_start + 1 }
    })
}
