// Numbering sequences per level: which earlier label each label continues.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/outline.h"

namespace cppcc::linter {

struct NumberingStep {
  const Label* label = nullptr;
  const Label* previous = nullptr;  ///< the label before it in the same sequence
  const Label* first = nullptr;     ///< the first label of the sequence (itself if new)
  /// A level-0 label that is the first after a new part heading while an
  /// earlier part already had level-0 labels.
  bool first_after_part = false;
  /// Deepest open level above this label (-1 if none).
  int parent_level = -1;
};

std::vector<NumberingStep> numbering_steps(const Outline& outline);

/// "四、", "（三）", "3.", "（3）": how to write number N at LEVEL in messages.
std::string label_text(int level, int number);

}  // namespace cppcc::linter
