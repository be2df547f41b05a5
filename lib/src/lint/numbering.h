// Numbering sequences per level: which earlier label each label continues.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cppcc/report.h"

namespace cppcc::linter {

using Label = SectionLabel;

struct NumberingStep {
  const Label* label = nullptr;
  const Label* previous = nullptr;  ///< the label before it in the same sequence
  const Label* first = nullptr;     ///< the first label of the sequence (itself if new)
  /// A level-0 label that is the first after a new part heading while an
  /// earlier part already had level-0 labels.
  bool first_after_part = false;
  /// Deepest open level above this label (-1 if none).
  int parent_level = -1;
  /// The label after it in the same sequence (nullptr if none).
  const Label* next = nullptr;
  /// A 1 typed for the number after its previous one: 一、 二、 一、 四、, or 一、 … 四、 一、 as the
  /// sequence's last label. A 1 followed by 2 is a restart the outline could not see.
  bool stray_one = false;
};

/// The steps of REPORT's labels. Numbering starts afresh after an unnumbered
/// part heading and after a tail heading (附件, 名词解释).
std::vector<NumberingStep> numbering_steps(const Report& report);

/// Paragraphs after which numbering starts afresh, sorted.
std::vector<size_t> numbering_boundaries(const Report& report);

/// "四、", "（三）", "3.", "（3）": how to write number N at LEVEL in messages.
std::string label_text(int level, int number);

}  // namespace cppcc::linter
