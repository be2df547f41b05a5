// render_quantity_csv: columns, RFC 4180 quoting, CRLF rows, optional BOM.
#include <doctest/doctest.h>

#include <string>

#include "cppcc/quantity_csv.h"

namespace {

cppcc::Report sample() {
  cppcc::Report r;
  r.source.path = "reports/江门,2025.txt";
  r.metadata.genre = cppcc::Genre::kCppccStandingCommittee;
  r.metadata.level = cppcc::Level::kCity;
  r.metadata.region = "江门市";
  r.metadata.review_year = 2025;
  r.metadata.plan_year = 2026;
  cppcc::Quantity a;
  a.surface = "14.6亿元";
  a.value = 1460000000;
  a.unit = "元";
  a.kind = "money";
  a.indicator = "境外融资";
  a.part = cppcc::PartKind::kReview;
  a.section = 3;
  a.span.line = 208;
  a.span.column = 1;
  cppcc::Quantity b;
  b.surface = "80条以上";
  b.value = 80;
  b.unit = "条";
  b.qualifier = "以上";
  b.kind = "count";
  b.indicator = "“一线声音”, 直达";
  b.part = cppcc::PartKind::kPlan;
  b.is_target = true;
  b.status = "target";
  b.span.line = 555;
  b.span.column = 5;
  cppcc::Quantity c;
  c.surface = "6.5%";
  c.value = 6.5;
  c.unit.assign(1, '%');  // (= "%" trips a GCC 12 -Wrestrict false positive)
  c.kind = "percent";
  c.indicator = "line\nbreak \"quoted\"";
  cppcc::Quantity d;  // the double is binary; the exact decimal is what prints
  d.surface = "4.06万亿元";
  d.value = 4.06 * 1e12;
  d.exact = cppcc::Decimal::parse("4.06")->shifted(12);
  d.unit = "元";
  d.kind = "money";
  d.status = "outcome";
  d.period = cppcc::Period{2013, 2017, "years"};
  d.change = cppcc::Change{"2012", "up", "absolute"};
  r.quantities = {a, b, c, d};
  return r;
}

}  // namespace

TEST_SUITE("quantity") {
  TEST_CASE("quantity CSV rows") {
    std::string csv = cppcc::render_quantity_csv(sample());
    std::string header = cppcc::quantity_csv_columns();
    header.append("\r\n");
    CHECK(csv.rfind(header, 0) == 0);
    CHECK(header == "file,part,section,line,column,surface,value,unit,qualifier,kind,indicator,is_target,status,"
                 "review_year,plan_year,region,level,genre,period_from,period_to,period_kind,change_base,change_direction,"
                 "change_measure,proposal_kind\r\n");
    CHECK(csv.find("\"reports/江门,2025.txt\",review,3,208,1,14.6亿元,1460000000,元,,money,境外融资,false,,2025,2026,江门市,city,cppcc-standing-committee-report,,,,,,,\r\n") !=
          std::string::npos);
    CHECK(csv.find(",plan,,555,5,80条以上,80,条,以上,count,\"“一线声音”, 直达\",true,target,2025,2026,江门市,city,cppcc-standing-committee-report,,,,,,,\r\n") != std::string::npos);
    CHECK(csv.find(",4.06万亿元,4060000000000,元,,money,,false,outcome,2025,2026,江门市,city,cppcc-standing-committee-report,2013,2017,years,2012,up,absolute,\r\n") != std::string::npos);
    CHECK(csv.find(",other,,0,0,6.5%,6.5,%,,percent,\"line\nbreak \"\"quoted\"\"\",false,,2025,2026,江门市,city,cppcc-standing-committee-report,,,,,,,\r\n") != std::string::npos);
  }

  TEST_CASE("quantity CSV BOM and header switches") {
    cppcc::Report r = sample();
    std::string with_bom = cppcc::render_quantity_csv(r, {.header = true, .bom = true});
    CHECK(with_bom.rfind("\xEF\xBB\xBF" "file,", 0) == 0);
    std::string rows_only = cppcc::render_quantity_csv(r, {.header = false, .bom = false});
    CHECK(rows_only.rfind("\"reports/", 0) == 0);
    size_t rows = 0;
    for (size_t k = rows_only.find("\r\n"); k != std::string::npos; k = rows_only.find("\r\n", k + 2)) ++rows;
    CHECK(rows == 4);
    cppcc::Report empty;
    std::string only_header = cppcc::quantity_csv_columns();
    only_header.append("\r\n");
    CHECK(cppcc::render_quantity_csv(empty) == only_header);
  }

  TEST_CASE("quantity csv: a proposal report's kind is the last column") {
  cppcc::Report r = sample();
  r.metadata.genre = cppcc::Genre::kCppccProposal;
  r.metadata.proposal_kind = cppcc::ProposalKind::kReview;
  const std::string csv = cppcc::render_quantity_csv(r, {});
  CHECK(csv.find(",cppcc-proposal-report,,,,,,,review\r\n") != std::string::npos);
}

TEST_CASE("csv_field quotes only when it must") {
    CHECK(cppcc::csv_field("plain") == "plain");
    CHECK(cppcc::csv_field("a,b") == "\"a,b\"");
    CHECK(cppcc::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(cppcc::csv_field("") == "");
  }
}
