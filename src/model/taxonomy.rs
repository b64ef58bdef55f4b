//! The data-category taxonomy (taxonomy.md), loaded once from the data file
//! `taxonomy.toml` compiled into the binary.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CategoryId(pub u16);

#[derive(Debug)]
pub struct Category {
    pub key: String,
    pub description: String,
    /// Sensitive itself or under a sensitive category.
    pub sensitive: bool,
    /// Why it is sensitive: the reason of the nearest category marked so.
    pub why: Option<String>,
    pub quasi_identifier: bool,
    /// Not in fideslang 3.x; added by datalint.
    pub added: bool,
    pub parent: Option<CategoryId>,
}

impl Category {
    /// `user.*` categories are personal data.
    pub fn personal(&self) -> bool {
        self.key == "user" || self.key.starts_with("user.")
    }
}

#[derive(Debug)]
pub struct Taxonomy {
    pub version: u32,
    categories: Vec<Category>,
    index: FxHashMap<String, CategoryId>,
    /// Each category with every category above it: `a` is under `b` when
    /// `b` is in `a`'s lineage. Rules ask it for every category of every
    /// dataset they test (walking up the parents took a dozen loads), and a
    /// dataset's categories are gathered into one set, so that `under` is
    /// one intersection.
    lineages: Vec<CategorySet>,
}

/// A set of categories of one taxonomy, one bit each: a taxonomy holds at
/// most [`CategorySet::BITS`] categories (the built-in one 102).
pub type CategorySet = u128;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    version: u32,
    category: Vec<CategoryRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryRow {
    key: String,
    description: String,
    #[serde(default)]
    sensitive: bool,
    why: Option<String>,
    #[serde(default)]
    quasi_identifier: bool,
    #[serde(default)]
    added: bool,
}

impl Taxonomy {
    /// The built-in taxonomy.
    pub fn builtin() -> &'static Taxonomy {
        static TAXONOMY: OnceLock<Taxonomy> = OnceLock::new();
        TAXONOMY.get_or_init(|| {
            Taxonomy::from_toml(include_str!("taxonomy.toml"))
                .expect("the built-in taxonomy is valid (tested)")
        })
    }

    /// Loads a taxonomy file. Parents must come before their children.
    pub fn from_toml(text: &str) -> Result<Taxonomy, String> {
        let file: TaxonomyFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut taxonomy = Taxonomy {
            version: file.version,
            categories: Vec::with_capacity(file.category.len()),
            index: FxHashMap::with_capacity_and_hasher(file.category.len(), Default::default()),
            lineages: Vec::new(),
        };
        for row in file.category {
            let parent = match row.key.rsplit_once('.') {
                Some((parent, _)) => Some(taxonomy.get(parent).ok_or_else(|| {
                    format!("category `{}` comes before its parent `{parent}`", row.key)
                })?),
                None => None,
            };
            let inherited = parent.map(|p| taxonomy.category(p));
            let why = row.why.or_else(|| inherited.and_then(|p| p.why.clone()));
            let category = Category {
                sensitive: row.sensitive || inherited.is_some_and(|p| p.sensitive),
                why,
                quasi_identifier: row.quasi_identifier,
                added: row.added,
                description: row.description,
                parent,
                key: row.key,
            };
            let id = CategoryId(taxonomy.categories.len() as u16);
            if taxonomy.index.insert(category.key.clone(), id).is_some() {
                return Err(format!("category `{}` is listed twice", category.key));
            }
            taxonomy.categories.push(category);
        }
        if taxonomy.categories.len() > CategorySet::BITS as usize {
            return Err(format!(
                "{} categories; a taxonomy holds at most {}",
                taxonomy.categories.len(),
                CategorySet::BITS
            ));
        }
        // Parents come before their children, so a parent's lineage is ready.
        for (i, category) in taxonomy.categories.iter().enumerate() {
            let above = category
                .parent
                .map_or(0, |p| taxonomy.lineages[p.0 as usize]);
            let own = Taxonomy::set_of(CategoryId(i as u16));
            taxonomy.lineages.push(above | own);
        }
        Ok(taxonomy)
    }

    pub fn get(&self, key: &str) -> Option<CategoryId> {
        self.index.get(key).copied()
    }

    pub fn category(&self, id: CategoryId) -> &Category {
        &self.categories[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (CategoryId, &Category)> {
        self.categories
            .iter()
            .enumerate()
            .map(|(i, c)| (CategoryId(i as u16), c))
    }

    /// The set holding `id` alone.
    pub fn set_of(id: CategoryId) -> CategorySet {
        1 << id.0
    }

    /// `id` and every category above it: `id` is under exactly the
    /// categories of its lineage.
    pub fn lineage(&self, id: CategoryId) -> CategorySet {
        self.lineages[id.0 as usize]
    }

    /// `id` is `ancestor` or lies under it.
    pub fn is_under(&self, id: CategoryId, ancestor: CategoryId) -> bool {
        self.lineage(id) & Taxonomy::set_of(ancestor) != 0
    }

    /// Every category's key, in taxonomy order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.categories.iter().map(|c| c.key.as_str())
    }

    /// The known key closest to `key`, for "did you mean".
    pub fn closest(&self, key: &str) -> Option<&str> {
        crate::base::suggest::closest(key, self.keys())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_with_marks_and_inheritance() {
        let t = Taxonomy::builtin();
        let face = t.get("user.biometric.face").unwrap();
        let biometric = t.get("user.biometric").unwrap();
        assert!(t.category(face).sensitive);
        assert!(t.is_under(face, biometric));
        assert!(!t.is_under(biometric, face));
        assert!(t.category(face).why.as_deref().unwrap().contains("GDPR"));
        assert!(
            t.category(t.get("user.demographic.date_of_birth").unwrap())
                .quasi_identifier
        );
        assert!(!t.category(t.get("user.name").unwrap()).sensitive);
        assert!(!t.category(t.get("public.transport").unwrap()).personal());
        assert!(t.category(t.get("user.name").unwrap()).personal());
    }

    /// The lineages agree with walking up the parents, for every pair
    /// of categories, in the built-in taxonomy and in one whose children
    /// are listed apart from their parents.
    #[test]
    fn is_under_agrees_with_the_parents() {
        let scattered = Taxonomy::from_toml(
            r#"
version = 1
[[category]]
key = "a"
description = ""
[[category]]
key = "b"
description = ""
[[category]]
key = "a.x"
description = ""
[[category]]
key = "b.y"
description = ""
[[category]]
key = "a.x.z"
description = ""
[[category]]
key = "a.w"
description = ""
"#,
        )
        .unwrap();
        for t in [Taxonomy::builtin(), &scattered] {
            let walked = |id: CategoryId, ancestor: CategoryId| {
                let mut current = Some(id);
                while let Some(c) = current {
                    if c == ancestor {
                        return true;
                    }
                    current = t.category(c).parent;
                }
                false
            };
            let mut under = 0;
            for (a, _) in t.iter() {
                for (b, _) in t.iter() {
                    assert_eq!(t.is_under(a, b), walked(a, b), "{a:?} {b:?}");
                    under += usize::from(walked(a, b));
                }
            }
            assert!(under > t.iter().count(), "only {under} pairs are related");
        }
    }

    /// A lineage has one bit per category: a taxonomy with more is refused
    /// when loaded, not wrong when a rule asks `under`.
    #[test]
    fn more_categories_than_a_set_holds_are_refused() {
        let rows = |n: usize| {
            (0..n)
                .map(|i| format!("[[category]]\nkey = \"c{i}\"\ndescription = \"\"\n"))
                .collect::<String>()
        };
        let fits = CategorySet::BITS as usize;
        assert!(Taxonomy::from_toml(&format!("version = 1\n{}", rows(fits))).is_ok());
        let error = Taxonomy::from_toml(&format!("version = 1\n{}", rows(fits + 1)))
            .expect_err("one category too many");
        assert!(error.contains("at most 128"), "{error}");
    }

    #[test]
    fn every_category_named_in_the_spec_exists() {
        let t = Taxonomy::builtin();
        for key in [
            "user.biometric.fingerprint",
            "user.biometric.retinal",
            "user.biometric.voice",
            "user.biometric.health",
            "user.biometric.gait",
            "user.authorization.biometric",
            "user.health_and_medical.genetic",
            "user.health_and_medical.insurance_beneficiary_id",
            "user.health_and_medical.record_id",
            "user.demographic.political_opinion",
            "user.demographic.religious_belief",
            "user.demographic.race_ethnicity",
            "user.demographic.sexual_orientation",
            "user.demographic.union_membership",
            "user.demographic.philosophical_belief",
            "user.criminal_history",
            "user.location.precise",
            "user.location.trajectory",
            "user.financial.bank_account",
            "user.financial.credit_card",
            "user.childrens",
            "user.government_id.national_identification_number",
            "user.government_id.passport_number",
        ] {
            let id = t.get(key).unwrap_or_else(|| panic!("{key} missing"));
            assert!(t.category(id).sensitive, "{key} should be sensitive");
        }
        for key in [
            "user.demographic.gender",
            "user.contact.address.postal_code",
            "user.device.device_id",
            "user.device.ip_address",
            "user.government_id.vehicle_registration",
            "user.unique_id.pseudonymous",
        ] {
            let id = t.get(key).unwrap_or_else(|| panic!("{key} missing"));
            assert!(
                t.category(id).quasi_identifier,
                "{key} should be a quasi-identifier"
            );
        }
        for key in [
            "public.geospatial",
            "public.environment",
            "public.weather",
            "public.transport",
            "public.enterprise_registry",
            "public.statistics",
            "public.budget",
            "public.procurement",
            "public.legislation",
            "public.infrastructure",
            "public.court_decisions",
            "user.location.imprecise",
            "system.authentication",
            "system.operations",
        ] {
            assert!(t.get(key).is_some(), "{key} missing");
        }
    }

    #[test]
    fn closest_suggests_a_near_miss() {
        assert_eq!(
            Taxonomy::builtin().closest("user.biometric.fingerprnt"),
            Some("user.biometric.fingerprint")
        );
    }

    #[test]
    fn rejects_child_before_parent() {
        let err =
            Taxonomy::from_toml("version = 1\n[[category]]\nkey = \"a.b\"\ndescription = \"\"\n")
                .unwrap_err();
        assert!(err.contains("before its parent"));
    }
}
