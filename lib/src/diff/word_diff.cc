// Token-level diff: Hirschberg's linear-space longest common subsequence,
// after trimming the common prefix and suffix (most aligned sections share
// long runs).
#include <algorithm>
#include <unordered_map>

#include "cppcc/diff.h"

namespace cppcc {

std::string_view edit_op_name(EditOp op) {
  switch (op) {
    case EditOp::kEqual: return "equal";
    case EditOp::kDelete: return "delete";
    case EditOp::kInsert: return "insert";
  }
  return "equal";
}

namespace {

struct Step {
  EditOp op;
  size_t index;  // into the old tokens (equal, delete) or the new (insert)
};

class Hirschberg {
 public:
  Hirschberg(const std::vector<int>& a, const std::vector<int>& b, std::vector<Step>* out)
      : a_(a), b_(b), out_(out) {}

  void run(size_t a0, size_t a1, size_t b0, size_t b1) {
    size_t n = a1 - a0, m = b1 - b0;
    if (n == 0) {
      for (size_t j = b0; j < b1; ++j) out_->push_back({EditOp::kInsert, j});
      return;
    }
    if (m == 0) {
      for (size_t i = a0; i < a1; ++i) out_->push_back({EditOp::kDelete, i});
      return;
    }
    if (n == 1) {
      auto it = std::find(b_.begin() + static_cast<long>(b0), b_.begin() + static_cast<long>(b1), a_[a0]);
      if (it == b_.begin() + static_cast<long>(b1)) {
        out_->push_back({EditOp::kDelete, a0});
        for (size_t j = b0; j < b1; ++j) out_->push_back({EditOp::kInsert, j});
        return;
      }
      size_t k = static_cast<size_t>(it - b_.begin());
      for (size_t j = b0; j < k; ++j) out_->push_back({EditOp::kInsert, j});
      out_->push_back({EditOp::kEqual, a0});
      for (size_t j = k + 1; j < b1; ++j) out_->push_back({EditOp::kInsert, j});
      return;
    }
    size_t mid = a0 + n / 2;
    forward(a0, mid, b0, b1, &fwd_);
    backward(mid, a1, b0, b1, &bwd_);
    size_t best = 0;
    long best_score = -1;
    for (size_t k = 0; k <= m; ++k) {
      long s = fwd_[k] + bwd_[m - k];
      if (s > best_score) {
        best_score = s;
        best = k;
      }
    }
    size_t split = b0 + best;
    run(a0, mid, b0, split);
    run(mid, a1, split, b1);
  }

 private:
  // row[k] = LCS length of a[a0,a1) and b[b0, b0+k).
  void forward(size_t a0, size_t a1, size_t b0, size_t b1, std::vector<long>* row) {
    size_t m = b1 - b0;
    row->assign(m + 1, 0);
    for (size_t i = a0; i < a1; ++i) {
      long diag = 0;
      for (size_t k = 1; k <= m; ++k) {
        long up = (*row)[k];
        (*row)[k] = a_[i] == b_[b0 + k - 1] ? diag + 1 : std::max(up, (*row)[k - 1]);
        diag = up;
      }
    }
  }
  // row[k] = LCS length of a[a0,a1) and the last k tokens of b[b0,b1).
  void backward(size_t a0, size_t a1, size_t b0, size_t b1, std::vector<long>* row) {
    size_t m = b1 - b0;
    row->assign(m + 1, 0);
    for (size_t i = a1; i-- > a0;) {
      long diag = 0;
      for (size_t k = 1; k <= m; ++k) {
        long up = (*row)[k];
        (*row)[k] = a_[i] == b_[b1 - k] ? diag + 1 : std::max(up, (*row)[k - 1]);
        diag = up;
      }
    }
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  std::vector<Step>* out_;
  std::vector<long> fwd_, bwd_;
};

}  // namespace

std::vector<WordEdit> diff_tokens(const std::vector<DiffToken>& old_tokens,
                                  const std::vector<DiffToken>& new_tokens, double max_cells) {
  // Intern tokens so the inner loop compares integers.
  std::unordered_map<std::string, int> ids;
  std::vector<int> a, b;
  a.reserve(old_tokens.size());
  b.reserve(new_tokens.size());
  for (const auto& t : old_tokens) a.push_back(ids.emplace(t.text, static_cast<int>(ids.size())).first->second);
  for (const auto& t : new_tokens) b.push_back(ids.emplace(t.text, static_cast<int>(ids.size())).first->second);

  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;

  std::vector<Step> steps;
  for (size_t i = 0; i < prefix; ++i) steps.push_back({EditOp::kEqual, i});
  size_t a1 = a.size() - suffix, b1 = b.size() - suffix;
  double cells = static_cast<double>(a1 - prefix) * static_cast<double>(b1 - prefix);
  if (cells > max_cells) {
    for (size_t i = prefix; i < a1; ++i) steps.push_back({EditOp::kDelete, i});
    for (size_t j = prefix; j < b1; ++j) steps.push_back({EditOp::kInsert, j});
  } else {
    Hirschberg(a, b, &steps).run(prefix, a1, prefix, b1);
  }
  for (size_t i = a1; i < a.size(); ++i) steps.push_back({EditOp::kEqual, i});

  // Merge runs; within a changed stretch put deletions before insertions.
  std::vector<WordEdit> out;
  auto push = [&out](EditOp op, const std::string& text) {
    if (!out.empty() && out.back().op == op) {
      out.back().text += text;
    } else {
      out.push_back({op, text});
    }
  };
  size_t s = 0;
  while (s < steps.size()) {
    if (steps[s].op == EditOp::kEqual) {
      push(EditOp::kEqual, old_tokens[steps[s].index].text);
      ++s;
      continue;
    }
    std::string del, ins;
    while (s < steps.size() && steps[s].op != EditOp::kEqual) {
      if (steps[s].op == EditOp::kDelete) del += old_tokens[steps[s].index].text;
      else ins += new_tokens[steps[s].index].text;
      ++s;
    }
    if (!del.empty()) push(EditOp::kDelete, del);
    if (!ins.empty()) push(EditOp::kInsert, ins);
  }
  return out;
}

}  // namespace cppcc
