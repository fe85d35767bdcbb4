//! Text from the database printed for a terminal: control characters (C0, DEL, C1) and the
//! bidirectional-override characters are shown as visible escapes (`\e`, `\n`, `\0`, `\x7f`,
//! `\u{85}`, `\u{202e}`), so that a name can never move the cursor, recolour or rewrite the
//! screen, or hide text. JSON and YAML escape them by their own rules; CSV quotes them.

use std::borrow::Cow;

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn needs_escape(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\0' => out.push_str("\\0"),
        '\u{1b}' => out.push_str("\\e"),
        c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// One table cell or one-line value: every control character escaped.
pub fn visible(s: &str) -> Cow<'_, str> {
    visible_keeping(s, false)
}

/// Multi-line text (a message, a change plan): line feeds kept, everything else escaped.
pub fn visible_lines(s: &str) -> Cow<'_, str> {
    visible_keeping(s, true)
}

fn visible_keeping(s: &str, newlines: bool) -> Cow<'_, str> {
    let escape = |c: char| needs_escape(c) && !(newlines && c == '\n');
    if !s.chars().any(escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escape(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(
            visible("A\u{1b}[31mRED\0\n\r\t\u{7f}\u{85}\u{202e}x\u{1}é"),
            "A\\e[31mRED\\0\\n\\r\\t\\x7f\\u{85}\\u{202e}x\\x01é"
        );
        assert!(matches!(visible("plain ünïcode"), Cow::Borrowed(_)));
        assert_eq!(visible_lines("a\nb\u{1b}"), "a\nb\\e");
    }
}
