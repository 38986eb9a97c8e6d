//! The official Bot API description, parsed once per test binary, and the type checks every
//! request and pushed update goes through.

use std::{collections::HashMap, sync::OnceLock};

use serde_json::{Map, Value};

pub(super) const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/bot-api/bot-api-10.1.min.json");

#[derive(Debug)]
pub(super) struct FieldSpec {
    pub(super) name: String,
    pub(super) types: Vec<String>,
    pub(super) required: bool,
    /// Fixed value of a discriminator field (`type`/`status`/`source`) of a
    /// union member, e.g. `"creator"` for `ChatMemberOwner.status`.
    pub(super) constant: Option<String>,
}

#[derive(Debug)]
pub(super) struct MethodSpec {
    pub(super) fields: Vec<FieldSpec>,
    pub(super) returns: Vec<String>,
}

#[derive(Debug)]
pub(super) struct TypeSpec {
    pub(super) fields: Vec<FieldSpec>,
    pub(super) subtypes: Vec<String>,
}

/// The parsed official Bot API description.
#[derive(Debug)]
pub struct ApiSpec {
    pub(super) methods: HashMap<String, MethodSpec>,
    pub(super) types: HashMap<String, TypeSpec>,
}

/// The Bot API description, parsed once per test binary.
pub fn spec() -> &'static ApiSpec {
    pub(super) static SPEC: OnceLock<ApiSpec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let raw = std::fs::read_to_string(SPEC_PATH)
            .unwrap_or_else(|e| panic!("cannot read Bot API description {SPEC_PATH}: {e}"));
        let v: Value = serde_json::from_str(&raw).expect("Bot API description is not JSON");
        ApiSpec::from_json(&v)
    })
}

pub(super) fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

pub(super) fn discriminator(description: &str) -> Option<String> {
    if let Some(i) = description.find("always \"") {
        let rest = &description[i + 8..];
        return rest.find('"').map(|j| rest[..j].to_owned());
    }
    let i = description.find("must be ")?;
    let word: String = description[i + 8..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    (!word.is_empty()).then_some(word)
}

pub(super) fn fields_of(v: &Value, is_union_member: bool) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    for f in v.get("fields").and_then(Value::as_array).into_iter().flatten() {
        let name = f["name"].as_str().unwrap_or_default().to_owned();
        let constant = (is_union_member && matches!(name.as_str(), "type" | "status" | "source"))
            .then(|| discriminator(f["description"].as_str().unwrap_or_default()))
            .flatten();
        out.push(FieldSpec {
            name,
            types: strings(f.get("types")),
            required: f["required"].as_bool().unwrap_or(false),
            constant,
        });
    }
    out
}

impl ApiSpec {
    pub(super) fn from_json(v: &Value) -> Self {
        let mut methods = HashMap::new();
        for (name, m) in v["methods"].as_object().expect("spec has no methods") {
            let spec = MethodSpec { fields: fields_of(m, false), returns: strings(m.get("returns")) };
            methods.insert(name.clone(), spec);
        }
        let mut types = HashMap::new();
        for (name, t) in v["types"].as_object().expect("spec has no types") {
            let member = t.get("subtype_of").is_some();
            let spec = TypeSpec { fields: fields_of(t, member), subtypes: strings(t.get("subtypes")) };
            types.insert(name.clone(), spec);
        }
        ApiSpec { methods, types }
    }

    pub fn has_method(&self, name: &str) -> bool {
        self.methods.contains_key(name)
    }

    /// What the method returns per the description, e.g. `["Message", "Boolean"]`.
    pub fn returns(&self, method: &str) -> Vec<String> {
        self.methods.get(method).map(|m| m.returns.clone()).unwrap_or_default()
    }

    /// Checks `value` against a type expression of the description
    /// (`Integer`, `Array of String`, `Message`, ...). Empty = valid.
    pub fn check_type(&self, ty: &str, value: &Value, path: &str) -> Vec<String> {
        match ty {
            "Integer" | "Float" | "String" | "Boolean" | "True" | "InputFile" => {
                if self.kind_fits(ty, value) {
                    vec![]
                } else {
                    vec![format!("{path}: expected {ty}, got {}", describe(value))]
                }
            }
            _ if ty.starts_with("Array of ") => {
                let inner = &ty[9..];
                match value.as_array() {
                    None => vec![format!("{path}: expected {ty}, got {}", describe(value))],
                    Some(items) => items
                        .iter()
                        .enumerate()
                        .flat_map(|(i, item)| self.check_type(inner, item, &format!("{path}[{i}]")))
                        .collect(),
                }
            }
            _ => match self.types.get(ty) {
                None => vec![], // type not described: accept
                Some(t) if !t.subtypes.is_empty() => self.check_union(ty, t, value, path),
                Some(t) => match value.as_object() {
                    None => vec![format!("{path}: expected {ty} object, got {}", describe(value))],
                    Some(obj) => self.check_object(ty, &t.fields, obj, path),
                },
            },
        }
    }

    pub(super) fn kind_fits(&self, ty: &str, v: &Value) -> bool {
        match ty {
            "Integer" => v.is_i64() || v.is_u64(),
            "Float" => v.is_number(),
            "String" | "InputFile" => v.is_string(),
            "Boolean" | "True" => v.is_boolean(),
            _ if ty.starts_with("Array of ") => v.is_array(),
            _ => match self.types.get(ty) {
                Some(t) if !t.subtypes.is_empty() => t.subtypes.iter().any(|s| self.kind_fits(s, v)),
                _ => v.is_object(),
            },
        }
    }

    pub(super) fn check_union(&self, ty: &str, t: &TypeSpec, value: &Value, path: &str) -> Vec<String> {
        let mut best: Option<Vec<String>> = None;
        for sub in t.subtypes.iter().filter(|s| self.kind_fits(s, value)) {
            let errs = self.check_type(sub, value, path);
            if errs.is_empty() {
                return errs;
            }
            // Prefer the member whose discriminator matches the value.
            let tagged = self.types.get(sub.as_str()).is_some_and(|st| {
                st.fields.iter().any(|f| {
                    f.constant.as_deref().is_some_and(|c| value.get(&f.name).and_then(Value::as_str) == Some(c))
                })
            });
            if tagged {
                return errs;
            }
            if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                best = Some(errs);
            }
        }
        best.unwrap_or_else(|| vec![format!("{path}: expected {ty}, got {}", describe(value))])
    }

    pub(super) fn check_alternatives(&self, types: &[String], value: &Value, path: &str) -> Vec<String> {
        if types.is_empty() {
            return vec![];
        }
        let fitting: Vec<&String> = types.iter().filter(|t| self.kind_fits(t, value)).collect();
        if fitting.is_empty() {
            return vec![format!("{path}: expected {}, got {}", types.join(" or "), describe(value))];
        }
        let mut best: Option<Vec<String>> = None;
        for t in fitting {
            let errs = self.check_type(t, value, path);
            if errs.is_empty() {
                return errs;
            }
            if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                best = Some(errs);
            }
        }
        best.unwrap_or_default()
    }

    pub(super) fn check_object(
        &self,
        ty: &str,
        fields: &[FieldSpec],
        obj: &Map<String, Value>,
        path: &str,
    ) -> Vec<String> {
        let mut errs = Vec::new();
        for (k, v) in obj {
            let p = format!("{path}.{k}");
            match fields.iter().find(|f| f.name == *k) {
                None => errs.push(format!("{p}: unknown field of {ty}")),
                Some(f) if v.is_null() && !f.required => {}
                Some(f) => {
                    if let Some(c) = &f.constant
                        && v.as_str() != Some(c.as_str())
                    {
                        errs.push(format!("{p}: must be {c:?} for {ty}, got {v}"));
                        continue;
                    }
                    errs.extend(self.check_alternatives(&f.types, v, &p));
                }
            }
        }
        for f in fields.iter().filter(|f| f.required) {
            if obj.get(&f.name).is_none_or(Value::is_null) {
                errs.push(format!("{path}.{}: required field of {ty} is missing", f.name));
            }
        }
        errs
    }
}

pub(super) fn describe(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
}
