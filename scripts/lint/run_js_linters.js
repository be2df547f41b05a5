// Runs AutoCorrect (autocorrect-node) and zhlint on the files given and prints one
// JSON object per finding: {tool, file, line, column, message}. Used by
// scripts/compare_linters.sh, which installs both packages outside the repository
// and sets NODE_PATH.
'use strict';
const fs = require('fs');

function lineCol(text, index) {
  // index counts UTF-16 code units from the start of TEXT.
  let line = 1, col = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') { line++; col = 1; } else if (!(text.charCodeAt(i) >= 0xDC00 && text.charCodeAt(i) <= 0xDFFF)) col++;
  }
  return [line, col];
}

const autocorrect = require('autocorrect-node');
const zhlint = require('zhlint');
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const ac = autocorrect.lintFor(text, file.replace(/\.[^.]*$/, '.txt'));
  for (const l of ac.lines || []) {
    // AutoCorrect proposes a whole new line; note when it only adds spaces (its CJK/Latin
    // spacing, which official typesetting does not use): that is not a catch.
    const strip = (s) => s.replace(/[ \u3000]/g, '');
    const spacingOnly = strip(l.old) === strip(l.new);
    console.log(JSON.stringify({tool: 'autocorrect', file, line: l.l, column: l.c,
                                message: spacingOnly ? 'spacing only' : `${l.old} -> ${l.new}`, spacing_only: spacingOnly}));
  }
  let z;
  try {
    z = zhlint.run(text, {rules: {preset: 'default'}});
  } catch (e) {
    console.error(`zhlint failed on ${file}: ${e}`);
    continue;
  }
  for (const v of z.validations || []) {
    const [line, column] = lineCol(text, v.index);
    console.log(JSON.stringify({tool: 'zhlint', file, line, column, message: v.message}));
  }
}
