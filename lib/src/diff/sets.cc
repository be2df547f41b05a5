// Formulations and glossary terms compared as sets, with occurrence counts.
#include <map>

#include "diff/diff_parts.h"

namespace cppcc::diff_detail {
namespace {

struct Entry {
  std::string text;
  int count;
};

SetDiff diff_sets(const std::vector<Entry>& olds, const std::vector<Entry>& news) {
  std::map<std::string, int> old_counts, new_counts;
  for (const Entry& e : olds) old_counts[e.text] += e.count;
  for (const Entry& e : news) new_counts[e.text] += e.count;
  SetDiff d;
  std::map<std::string, bool> seen;
  for (const Entry& e : news) {
    if (seen[e.text]) continue;
    seen[e.text] = true;
    auto it = old_counts.find(e.text);
    SetItem item{e.text, it == old_counts.end() ? 0 : it->second, new_counts[e.text]};
    (it == old_counts.end() ? d.added : d.kept).push_back(std::move(item));
  }
  for (const Entry& e : olds) {
    if (new_counts.count(e.text) || seen[e.text]) continue;
    seen[e.text] = true;
    d.dropped.push_back({e.text, old_counts[e.text], 0});
  }
  return d;
}

}  // namespace

SetDiff diff_formulations(const Report& old_report, const Report& new_report) {
  auto entries = [](const Report& r) {
    std::vector<Entry> out;
    for (const Formulation& f : r.formulations)
      out.push_back({f.text, static_cast<int>(f.occurrences.size())});
    return out;
  };
  return diff_sets(entries(old_report), entries(new_report));
}

SetDiff diff_glossary(const Report& old_report, const Report& new_report) {
  auto entries = [](const Report& r) {
    std::vector<Entry> out;
    for (const GlossaryEntry& g : r.glossary) out.push_back({g.term, static_cast<int>(g.references.size())});
    return out;
  };
  return diff_sets(entries(old_report), entries(new_report));
}

}  // namespace cppcc::diff_detail
