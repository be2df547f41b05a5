// A program outside the cppcc tree that uses the installed library (the
// example of docs/library.md): loads and parses a report, prints its genre,
// its figures and its lint findings, renders it as JSON and, given a second
// report, says whether the two differ. tests/consumer/run.sh builds it with
// find_package(cppcc) and with pkg-config against a fresh install prefix.
//   consumer REPORT [NEWER-REPORT]
#include <cstdio>
#include <string>
#include <vector>

#include <cppcc/diff.h>
#include <cppcc/lint.h>
#include <cppcc/parse.h>
#include <cppcc/report_json.h>
#include <cppcc/version.h>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s REPORT [NEWER-REPORT]\n", argv[0]);
    return 2;
  }
  // Every step that can fail returns Expected<T>: test it, then use * or ->.
  auto resources = cppcc::Resources::load();  // built once, shared by threads
  if (!resources) {
    std::fprintf(stderr, "%s\n", resources.error().message.c_str());
    return 2;
  }
  auto src = cppcc::load_file(argv[1]);  // detects UTF-8/UTF-16/GB18030; reads .docx
  if (!src) {
    std::fprintf(stderr, "%s\n", src.error().message.c_str());  // names the file and byte
    return 2;
  }
  cppcc::Report report = cppcc::parse_report(*src, **resources);
  std::printf("genre: %s\n", std::string(cppcc::genre_name(report.metadata.genre)).c_str());
  std::printf("quantities: %zu\n", report.quantities.size());
  for (const cppcc::Quantity& q : report.quantities)
    if (q.is_target)
      std::printf("target: %s (line %u)\n", q.surface.c_str(), static_cast<unsigned>(q.span.line));

  std::vector<cppcc::Diagnostic> findings = cppcc::lint(*src);
  std::printf("findings: %zu\n", findings.size());

  cppcc::ReportJsonOptions json_options;
  json_options.indent = -1;
  json_options.select = {"metadata"};
  std::printf("%s\n", cppcc::report_to_json(report, json_options).c_str());

  if (argc == 3) {
    auto newer_src = cppcc::load_file(argv[2]);
    if (!newer_src) {
      std::fprintf(stderr, "%s\n", newer_src.error().message.c_str());
      return 2;
    }
    cppcc::Report newer = cppcc::parse_report(*newer_src, **resources);
    cppcc::ReportDiff diff =
        cppcc::diff_reports(report, newer, cppcc::segmenter_tokenizer((*resources)->segmenter));
    std::printf("differences: %s\n", diff.has_differences() ? "yes" : "no");
  }
  std::printf("library %s, header %s\n", cppcc::library_version(), CPPCC_VERSION_STRING);
  return 0;
}
