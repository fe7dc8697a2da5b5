//! Money: an exact decimal amount, read from a JSON string or number without floats.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A positive amount with at most two decimal places, in the request's currency.
///
/// On the wire it is a decimal string (`"52000.00"`); a JSON number is accepted too and
/// read from its literal text, never through `f64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why a money value was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The text is not a decimal number.
    #[error("`{0}` is not a decimal amount")]
    NotDecimal(String),
    /// More than two decimal places.
    #[error("at most two decimal places are allowed, found `{0}`")]
    TooPrecise(String),
    /// Zero or below.
    #[error("amounts must be positive, found `{0}`")]
    NotPositive(String),
}

impl Money {
    /// The amount as a decimal.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// Builds an amount from a decimal, checking the same rules as parsing.
    pub fn new(value: Decimal) -> Result<Money, MoneyError> {
        if value <= Decimal::ZERO {
            return Err(MoneyError::NotPositive(value.to_string()));
        }
        if value.normalize().scale() > 2 {
            return Err(MoneyError::TooPrecise(value.to_string()));
        }
        Ok(Money(value))
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    fn from_str(text: &str) -> Result<Money, MoneyError> {
        let trimmed = text.trim();
        // `Decimal::from_str` accepts `1e5` only through from_scientific; plain text is what
        // finance systems send, so only plain decimals are accepted.
        let value = Decimal::from_str(trimmed).map_err(|_| MoneyError::NotDecimal(text.to_owned()))?;
        Money::new(value)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut value = self.0;
        if value.scale() < 2 {
            value.rescale(2);
        }
        write!(f, "{value}")
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// serde_json with `arbitrary_precision` hands numbers to visitors as a one-entry map under
/// this key, holding the number's literal text.
const JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

struct MoneyVisitor;

impl<'de> Visitor<'de> for MoneyVisitor {
    type Value = Money;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal amount as a string such as \"52000.00\", or a JSON number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Money, E> {
        Money::from_str(text).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Money, E> {
        Money::new(Decimal::from(value)).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Money, E> {
        Money::new(Decimal::from(value)).map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, _value: f64) -> Result<Money, E> {
        Err(E::custom("this number can only be read through a float; send the amount as a string"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Money, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == JSON_NUMBER_TOKEN => {
                let text: String = map.next_value()?;
                Money::from_str(&text).map_err(de::Error::custom)
            }
            _ => Err(de::Error::custom("expected a decimal amount, found an object")),
        }
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        deserializer.deserialize_any(MoneyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_json(text: &str) -> Result<Money, String> {
        serde_json::from_str::<Money>(text).map_err(|e| e.to_string())
    }

    #[test]
    fn string_and_number_read_exactly() {
        assert_eq!(parse_json("\"52000.10\"").map(|m| m.to_string()), Ok("52000.10".into()));
        assert_eq!(parse_json("52000.10").map(|m| m.to_string()), Ok("52000.10".into()));
        assert_eq!(parse_json("7").map(|m| m.to_string()), Ok("7.00".into()));
    }

    #[test]
    fn amount_with_three_decimals_is_rejected() {
        let err = parse_json("\"12.345\"").unwrap_err();
        assert!(err.contains("at most two decimal places"), "{err}");
    }

    #[test]
    fn zero_negative_and_garbage_are_rejected() {
        assert!(parse_json("\"-1.00\"").unwrap_err().contains("positive"));
        assert!(parse_json("\"0.00\"").unwrap_err().contains("positive"));
        assert!(parse_json("\"12万\"").unwrap_err().contains("not a decimal"));
    }
}
