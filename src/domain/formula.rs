//! Credit-consumption formulas: decimal literals, dimension names, `+ - * /`, parentheses,
//! unary minus, `min(a,b)`, `max(a,b)`, `ceil(x)`, `floor(x)`, `round(x, n)`.
//! Parsed when the catalog is applied (errors carry a 1-based column) and evaluated with exact
//! decimal arithmetic per event.

use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;

pub const MAX_LEN: usize = 1000;
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Num(Decimal),
    Dim(String),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Min,
    Max,
    Ceil,
    Floor,
    Round,
}

impl Func {
    fn by_name(name: &str) -> Option<(Func, usize)> {
        Some(match name {
            "min" => (Func::Min, 2),
            "max" => (Func::Max, 2),
            "ceil" => (Func::Ceil, 1),
            "floor" => (Func::Floor, 1),
            "round" => (Func::Round, 2),
            _ => return None,
        })
    }
}

/// A parse error: `column` is 1-based, counted in characters of the formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormulaError {
    pub column: usize,
    pub message: String,
}

pub fn parse(src: &str) -> Result<Expr, FormulaError> {
    if src.chars().count() > MAX_LEN {
        return Err(FormulaError {
            column: MAX_LEN + 1,
            message: format!("formula is longer than {MAX_LEN} characters"),
        });
    }
    let mut p = Parser {
        chars: src.chars().collect(),
        pos: 0,
        depth: 0,
    };
    p.skip_ws();
    if p.peek().is_none() {
        return Err(p.err("formula is empty"));
    }
    let e = p.expr()?;
    p.skip_ws();
    if let Some(c) = p.peek() {
        return Err(p.err(&format!("unexpected '{c}'")));
    }
    Ok(e)
}

/// Dimension names the formula reads, sorted.
pub fn dimensions(e: &Expr) -> Vec<String> {
    fn walk(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::Num(_) => {}
            Expr::Dim(d) => out.push(d.clone()),
            Expr::Neg(x) => walk(x, out),
            Expr::Bin(_, a, b) => {
                walk(a, out);
                walk(b, out);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| walk(a, out)),
        }
    }
    let mut out = Vec::new();
    walk(e, &mut out);
    out.sort();
    out.dedup();
    out
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn err(&self, msg: &str) -> FormulaError {
        FormulaError {
            column: self.pos + 1,
            message: msg.to_string(),
        }
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }
    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn enter(&mut self) -> Result<(), FormulaError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(&format!("formula nests deeper than {MAX_DEPTH} levels")));
        }
        Ok(())
    }
    fn expr(&mut self) -> Result<Expr, FormulaError> {
        self.enter()?;
        let mut lhs = self.term()?;
        loop {
            let op = if self.eat('+') {
                Op::Add
            } else if self.eat('-') {
                Op::Sub
            } else {
                break;
            };
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        self.depth -= 1;
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, FormulaError> {
        let mut lhs = self.unary()?;
        loop {
            let op = if self.eat('*') {
                Op::Mul
            } else if self.eat('/') {
                Op::Div
            } else {
                break;
            };
            let rhs = self.unary()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
    fn unary(&mut self) -> Result<Expr, FormulaError> {
        if self.eat('-') {
            self.enter()?;
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Neg(Box::new(inner)));
        }
        self.primary()
    }
    fn primary(&mut self) -> Result<Expr, FormulaError> {
        self.skip_ws();
        let start = self.pos;
        match self.peek() {
            None => Err(self.err("formula ends where a value was expected")),
            Some('(') => {
                self.pos += 1;
                let e = self.expr()?;
                if !self.eat(')') {
                    return Err(self.err("expected ')'"));
                }
                Ok(e)
            }
            Some(c) if c.is_ascii_digit() || c == '.' => {
                while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
                    self.pos += 1;
                }
                let text: String = self.chars[start..self.pos].iter().collect();
                crate::domain::decimal::parse_decimal(&text)
                    .map(Expr::Num)
                    .map_err(|m| FormulaError {
                        column: start + 1,
                        message: m,
                    })
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                {
                    self.pos += 1;
                }
                let name: String = self.chars[start..self.pos].iter().collect();
                if self.eat('(') {
                    let Some((func, arity)) = Func::by_name(&name) else {
                        return Err(FormulaError {
                            column: start + 1,
                            message: format!(
                                "unknown function '{name}' (use min, max, ceil, floor, round)"
                            ),
                        });
                    };
                    let mut args = Vec::new();
                    if !self.eat(')') {
                        loop {
                            args.push(self.expr()?);
                            if self.eat(',') {
                                continue;
                            }
                            if self.eat(')') {
                                break;
                            }
                            return Err(self.err("expected ',' or ')'"));
                        }
                    }
                    if args.len() != arity {
                        return Err(FormulaError {
                            column: start + 1,
                            message: format!(
                                "{name}() takes {arity} argument{}, got {}",
                                if arity == 1 { "" } else { "s" },
                                args.len()
                            ),
                        });
                    }
                    if func == Func::Round
                        && !matches!(args[1], Expr::Num(n) if n.is_integer() && n >= Decimal::ZERO && n <= Decimal::from(12))
                    {
                        return Err(FormulaError {
                            column: start + 1,
                            message: "round(x, n): n must be a whole number from 0 to 12"
                                .to_string(),
                        });
                    }
                    Ok(Expr::Call(func, args))
                } else {
                    Ok(Expr::Dim(name))
                }
            }
            Some(c) => Err(self.err(&format!("unexpected '{c}'"))),
        }
    }
}

/// Evaluates with exact decimals. Missing or non-numeric dimensions, division by zero,
/// overflow and a negative result are errors (the event is rejected).
pub fn eval(e: &Expr, dims: &BTreeMap<String, String>) -> Result<Decimal, String> {
    let v = eval_inner(e, dims)?;
    if v.is_sign_negative() && !v.is_zero() {
        return Err(format!("formula result {v} is negative"));
    }
    Ok(v.normalize())
}

fn eval_inner(e: &Expr, dims: &BTreeMap<String, String>) -> Result<Decimal, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Dim(d) => {
            let raw = dims
                .get(d)
                .ok_or_else(|| format!("dimension '{d}' is missing"))?;
            crate::domain::decimal::parse_decimal(raw).map_err(|why| {
                if crate::domain::decimal::is_plain_number(raw) {
                    format!("dimension '{d}': {why}")
                } else {
                    format!("dimension '{d}' = '{raw}' is not a number")
                }
            })?
        }
        Expr::Neg(x) => -eval_inner(x, dims)?,
        Expr::Bin(op, a, b) => {
            let (a, b) = (eval_inner(a, dims)?, eval_inner(b, dims)?);
            match op {
                Op::Add => a.checked_add(b),
                Op::Sub => a.checked_sub(b),
                Op::Mul => a.checked_mul(b),
                Op::Div => {
                    if b.is_zero() {
                        return Err("division by zero".to_string());
                    }
                    a.checked_div(b)
                }
            }
            .ok_or_else(|| "arithmetic overflow".to_string())?
        }
        Expr::Call(f, args) => {
            let x = eval_inner(&args[0], dims)?;
            match f {
                Func::Min => x.min(eval_inner(&args[1], dims)?),
                Func::Max => x.max(eval_inner(&args[1], dims)?),
                Func::Ceil => x.ceil(),
                Func::Floor => x.floor(),
                Func::Round => {
                    let n = eval_inner(&args[1], dims)?;
                    let dp = u32::try_from(n.trunc().mantissa()).unwrap_or(0);
                    x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dims(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn evaluates_exactly() {
        let e = parse("2.5 * input_tokens + 10 * output_tokens").unwrap();
        let v = eval(
            &e,
            &dims(&[("input_tokens", "3"), ("output_tokens", "0.1")]),
        )
        .unwrap();
        assert_eq!(v.to_string(), "8.5");
        assert_eq!(dimensions(&e), vec!["input_tokens", "output_tokens"]);
        let e = parse("round(x / 3, 2) + ceil(0.1) - floor(1.9) + max(1, min(2, -(-3)))").unwrap();
        assert_eq!(eval(&e, &dims(&[("x", "1")])).unwrap().to_string(), "2.33");
    }

    #[test]
    fn reports_errors_with_column() {
        let err = parse("2 * (a + ").unwrap_err();
        assert_eq!(err.column, 10);
        assert_eq!(parse("sqrt(a)").unwrap_err().column, 1);
        assert!(
            parse("sqrt(a)")
                .unwrap_err()
                .message
                .contains("unknown function")
        );
        assert_eq!(parse("a + $").unwrap_err().column, 5);
        assert!(parse("min(1)").unwrap_err().message.contains("2 arguments"));
        assert!(parse("round(a, b)").is_err());
        assert!(parse("").is_err());
        assert!(
            parse(&"(".repeat(40))
                .unwrap_err()
                .message
                .contains("deeper")
        );
        assert!(
            parse(&"1+".repeat(600))
                .unwrap_err()
                .message
                .contains("longer")
        );
    }

    #[test]
    fn evaluation_errors() {
        let e = parse("a / b").unwrap();
        assert!(
            eval(&e, &dims(&[("a", "1"), ("b", "0")]))
                .unwrap_err()
                .contains("zero")
        );
        assert!(
            eval(&e, &dims(&[("a", "1")]))
                .unwrap_err()
                .contains("missing")
        );
        assert!(
            eval(&e, &dims(&[("a", "x"), ("b", "1")]))
                .unwrap_err()
                .contains("not a number")
        );
        let too_precise = eval(&e, &dims(&[("a", "0.0000000000001"), ("b", "1")])).unwrap_err();
        assert!(
            too_precise.contains("more than 12 digits after the point")
                && !too_precise.contains("not a number"),
            "{too_precise}"
        );
        let neg = parse("0 - a").unwrap();
        assert!(
            eval(&neg, &dims(&[("a", "1")]))
                .unwrap_err()
                .contains("negative")
        );
    }
}
