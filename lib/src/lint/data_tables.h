// The rule data of data/rules/, parsed once (embedded in the library).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace cppcc::linter {

/// data/rules/formulations.tsv: a wrong variant and its canonical form, with
/// the months (YYYYMM, 0 = open) between which the row applies.
struct FormulationRule {
  std::string wrong, canonical;
  int from = 0, to = 0;
  bool fix = false;
  std::string note;
};
const std::vector<FormulationRule>& formulation_rules();

/// data/quantity/qualifiers.tsv (the quantity extractor's table, read here for N013):
/// a qualifier word, where it stands (before, between, after, total) and what it
/// means (approx, lower_bound, upper_bound, total); longest words first.
struct QualifierWord {
  std::string word, place, meaning;
};
const std::vector<QualifierWord>& qualifier_words();

/// data/rules/quoted_slogans.tsv: slogans that take quotation marks (quote = true) or none.
struct SloganRule {
  std::string slogan;
  bool quote = true;
};
const std::vector<SloganRule>& slogan_rules();

/// data/text/traditional_simplified.tsv (read by the text layer): traditional → simplified.
const std::unordered_map<char32_t, char32_t>& traditional_to_simplified();
const std::unordered_map<char32_t, char32_t>& simplified_to_traditional();

/// data/rules/canonical_formulations.txt: a standard formulation of at least
/// seven characters, as code points, and whether usage puts a 的 inside it
/// (中华民族的伟大复兴) without making it wrong.
struct CanonicalFormulation {
  std::u32string text;
  bool takes_de = false;
};
const std::vector<CanonicalFormulation>& canonical_formulations();

/// data/rules/formulation_table.tsv rows whose count is fixed (两个维护 = 2): the
/// leading numeral as written, the words after it, and the count.
struct NumberedFormulation {
  std::string numeral, body;
  int count = 0;
  std::string head;  ///< words before the numeral that belong to the formulation (中央 of 中央八项规定)
};
const std::vector<NumberedFormulation>& numbered_formulations();
/// Whether TEXT is a formulation of data/rules/formulation_table.tsv (any row).
bool is_listed_formulation(std::string_view text);

/// A name of data/rules/institutions.tsv: the words before and after its place
/// name X (中国人民政治协商会议 | 委员会), or all of it in BEFORE when it has none.
struct InstitutionForm {
  std::u32string before, after;
  bool place = false;
  std::string written;  ///< as in the table, X included
};
const std::vector<InstitutionForm>& institution_forms();

/// A garble of an institution name, derived by rule (never listed): two
/// neighbouring characters swapped, an inner character dropped (forms of five
/// characters or more), or the last character of a full name of six or more
/// cut, which counts only where that character does not follow; the table's cut
/// word dropped whole (中国人民政治协商会议 → 中国人民政治协商). Never across X.
struct InstitutionGarble {
  InstitutionForm garbled;
  char32_t not_followed_by = 0;
  std::string right;  ///< the form it garbles, X included
  char32_t not_preceded_by = 0;  ///< a head cut (人民政治协商会议) counts only where this does not precede
};
const std::vector<InstitutionGarble>& institution_garbles();

/// data/rules/leader_titles.tsv: a title as official texts write it and the
/// shortened forms they never write (习总书记 for 习近平总书记).
struct LeaderTitle {
  std::string form;
  std::vector<std::string> shortened;
};
const std::vector<LeaderTitle>& leader_titles();

/// data/rules/confusables.tsv: a misspelling of political vocabulary and the word meant.
struct Confusable {
  std::string wrong, right;
  /// N in WRONG and RIGHT: an ordinal in Chinese numerals (第N界 → 第N届).
  /// Strings in which WRONG is right, two words meeting (成功坚持 holds 功坚).
  std::vector<std::string> unless;
  /// True if the WRONG found at byte K of S stands inside one of the unless strings.
  bool excused(std::string_view s, size_t k) const;
};
const std::vector<Confusable>& confusables();

/// data/rules/ordinals.tsv: a national meeting or term and the month it opened.
enum class OrdinalKind { kCongress, kPlenum, kNpcTerm, kNpcSession, kCppccTerm, kCppccSession };
struct NationalOrdinal {
  OrdinalKind kind = OrdinalKind::kCongress;
  int term = 0;     ///< the 届 (the congress number for a congress)
  int session = 0;  ///< the 次会议 / 中全会 number; 0 for a congress or a term
  int opened = 0;   ///< YYYYMM
  int until = 0;    ///< YYYYMM the term ended (its successor's first session); 0 for a meeting
};
const std::vector<NationalOrdinal>& national_ordinals();

/// Lines of data/NAME split on tabs, skipping blanks and # comments.
std::vector<std::vector<std::string>> read_tsv(std::string_view name);

/// The surfaces of the unit table data/units.tsv (the quantity extractor's), as code points.
const std::vector<std::u32string>& unit_surfaces();

}  // namespace cppcc::linter
