#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cppcc/reflow.h"
#include "cppcc/segment.h"
#include "cppcc/text.h"
#include "segment/lexicon.h"
#include "test_support.h"

namespace {

const cppcc::Segmenter& shared_segmenter() {
  static cppcc::Segmenter seg = [] {
    auto s = cppcc::Segmenter::create();
    REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
    return std::move(s).value();
  }();
  return seg;
}

std::vector<std::string> words_of(const cppcc::Segmenter& seg, std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view w : seg.words(text)) out.emplace_back(w);
  return out;
}

bool has_word(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Byte offsets where a token ends (cuts), for "no cut inside" checks.
std::vector<uint8_t> cut_mask(const std::vector<cppcc::Token>& tokens, size_t size) {
  std::vector<uint8_t> cut(size + 1, 0);
  for (const cppcc::Token& t : tokens) cut[t.begin] = cut[t.end] = 1;
  return cut;
}

bool whole(const std::vector<uint8_t>& cut, size_t begin, size_t end) {
  for (size_t k = begin + 1; k < end; ++k) {
    if (cut[k]) return false;
  }
  return true;
}

}  // namespace

TEST_SUITE("segment") {
  TEST_CASE("domain terms beat the general dictionary") {
    const auto& seg = shared_segmenter();
    auto w = words_of(seg, "江门市政协围绕百千万工程收集社情民意，推进中国式现代化和粤港澳大湾区建设，"
                           "习近平总书记强调发展新质生产力，侨都");
    for (const char* term : {"社情民意", "百千万工程", "中国式现代化", "粤港澳大湾区", "新质生产力", "侨都"}) {
      CHECK_MESSAGE(has_word(w, term), term);
    }
    CHECK_FALSE(has_word(w, "江"));
    CHECK_FALSE(has_word(w, "近平"));
  }

  TEST_CASE("every lexicon term is whole in a sentence") {
    const auto& seg = shared_segmenter();
    const auto terms = seg.lexicon_words();
    CHECK(terms.size() >= 300);
    for (const std::string& term : terms) {
      const std::string text = "我们认真" + term + "的工作";
      const auto cut = cut_mask(seg.segment(text), text.size());
      const size_t begin = std::string("我们认真").size();
      CHECK_MESSAGE(whole(cut, begin, begin + term.size()), term);
    }
  }

  TEST_CASE("tokens cover the input exactly, in order") {
    const auto& seg = shared_segmenter();
    const std::string text =
        "  政协委员 John Smith说：“5G、G20和COVID-19！”\t\xff\xfe 3.5%、１２月 😀 ——……\r\n末尾";
    const auto tokens = seg.segment(text);
    REQUIRE_FALSE(tokens.empty());
    CHECK(tokens.front().begin == 0);
    CHECK(tokens.back().end == text.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      CHECK(tokens[i].begin < tokens[i].end);
      if (i > 0) CHECK(tokens[i].begin == tokens[i - 1].end);
    }
    CHECK(seg.segment("").empty());
  }

  TEST_CASE("numbers follow the PKU convention") {
    const auto& seg = shared_segmenter();
    const std::string text = "2001年12月31日增长20％，达到3.5万亿元，１９９８年，二○○一年十二月三十一日，第三次，百分之5.2%";
    const auto tokens = seg.segment(text);
    std::vector<std::string> numbers;
    for (const auto& t : tokens) {
      if (t.type == cppcc::TokenType::kNumber) numbers.push_back(text.substr(t.begin, t.end - t.begin));
    }
    for (const char* n : {"2001年", "12月", "31日", "20％", "3.5万亿", "１９９８年", "二○○一年", "十二月",
                          "三十一日", "5.2%"}) {
      CHECK_MESSAGE(has_word(numbers, n), n);
    }
    auto w = words_of(seg, "1张图片和21世纪");
    CHECK(has_word(w, "1"));
    CHECK(has_word(w, "21"));
  }

  TEST_CASE("Latin runs, punctuation and types") {
    const auto& seg = shared_segmenter();
    const std::string text = "发展5G和AI——好！";
    std::vector<std::pair<std::string, cppcc::TokenType>> got;
    for (const auto& t : seg.segment(text)) got.emplace_back(text.substr(t.begin, t.end - t.begin), t.type);
    CHECK(std::count(got.begin(), got.end(), std::pair<std::string, cppcc::TokenType>{"5G", cppcc::TokenType::kLatin}) == 1);
    CHECK(std::count(got.begin(), got.end(), std::pair<std::string, cppcc::TokenType>{"AI", cppcc::TokenType::kLatin}) == 1);
    CHECK(std::count(got.begin(), got.end(), std::pair<std::string, cppcc::TokenType>{"——", cppcc::TokenType::kPunct}) == 1);
    CHECK(cppcc::token_type_name(cppcc::TokenType::kNumber) == "number");
  }

  TEST_CASE("a user dictionary wins like the domain lexicon") {
    auto seg = cppcc::Segmenter::create();
    REQUIRE(seg.ok());
    const std::string text = "推进邑商侨韵行动计划";
    CHECK_FALSE(has_word(words_of(*seg, text), "邑商侨韵行动"));
    REQUIRE(seg->add_dictionary("# my terms\n邑商侨韵行动 10 nz\n侨韵\n", "user.txt").ok());
    CHECK(has_word(words_of(*seg, text), "邑商侨韵行动"));
    CHECK(has_word(seg->lexicon_words(), "侨韵"));
  }

  TEST_CASE("a bad dictionary line is an error naming file and line") {
    auto seg = cppcc::Segmenter::create();
    REQUIRE(seg.ok());
    auto st = seg->add_dictionary("江门 12\n\n坏词 12x\n", "user.txt");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == cppcc::ErrorCode::kData);
    CHECK(st.error().message.find("user.txt:3") != std::string::npos);
    auto st2 = seg->add_dictionary("好词 0\n", "zero.txt");
    REQUIRE_FALSE(st2.ok());
    CHECK(st2.error().message.find("zero.txt:1") != std::string::npos);
    auto st3 = seg->add_dictionary("ok\n\xff\xfe\n", "bytes.txt");
    REQUIRE_FALSE(st3.ok());
    CHECK(st3.error().message.find("bytes.txt:2") != std::string::npos);
  }

  TEST_CASE("a missing general dictionary named explicitly is an error") {
    cppcc::SegmenterOptions o;
    o.general_dictionary = "/nonexistent/dict.txt";
    auto seg = cppcc::Segmenter::create(o);
    REQUIRE_FALSE(seg.ok());
    CHECK(seg.error().code == cppcc::ErrorCode::kIo);
  }

  TEST_CASE("without a general dictionary the domain lexicon still works") {
    cppcc::SegmenterOptions o;
    o.use_general_dictionary = false;
    auto seg = cppcc::Segmenter::create(o);
    REQUIRE(seg.ok());
    CHECK(seg->general_dictionary().empty());
    auto w = words_of(*seg, "市政协收集社情民意2025年");
    CHECK(has_word(w, "社情民意"));
    CHECK(has_word(w, "2025年"));
  }

  TEST_CASE("stop words") {
    CHECK(cppcc::is_stop_word("的"));
    CHECK(cppcc::is_stop_word("进一步"));
    CHECK_FALSE(cppcc::is_stop_word("政协"));
    CHECK_FALSE(cppcc::is_stop_word(""));
  }

  TEST_CASE("keyword counts skip stop words, single characters and punctuation") {
    const auto& seg = shared_segmenter();
    auto counts = seg.keyword_counts("推进社情民意工作。加强社情民意收集，推进民主监督，社情民意和AI。", 0);
    REQUIRE(counts.size() >= 3);
    CHECK(counts[0].word == "社情民意");
    CHECK(counts[0].count == 3);
    for (const auto& c : counts) {
      CHECK_FALSE(cppcc::is_stop_word(c.word));
      CHECK(c.word != "。");
      CHECK(c.word != "和");
    }
    CHECK(std::any_of(counts.begin(), counts.end(), [](const cppcc::WordCount& c) { return c.word == "AI"; }));
    CHECK(seg.keyword_counts("社情民意，民主监督，社情民意", 1).size() == 1);
  }

  TEST_CASE("the stop words are read once: the list the diff gets is the set keyword counts skip") {
    REQUIRE(!cppcc::stop_words().empty());
    for (const std::string& w : cppcc::stop_words()) CHECK(cppcc::is_stop_word(w));
    CHECK(cppcc::is_stop_word("我们"));
  }

  TEST_CASE("a lexicon table survives to_bytes/from_bytes (the built-in table's format)") {
    cppcc::segment::Lexicon lex(16);
    REQUIRE(lex.load("政协 100\n社情民意 5 n\n𠀀字 3\n", "t.txt", false, 1).ok());
    std::string bytes = lex.to_bytes();
    auto copy = cppcc::segment::Lexicon::from_bytes(bytes, nullptr);
    REQUIRE(copy);
    for (const char* w : {"政协", "社情民意", "𠀀字"}) {
      auto a = lex.find(w), b = copy->find(w);
      CHECK(a.flags == b.flags);
      CHECK((b.flags & cppcc::segment::Lexicon::kWord) != 0);
      CHECK(a.log_freq == doctest::Approx(b.log_freq));
    }
    CHECK(copy->find("社情").flags == cppcc::segment::Lexicon::kPrefix);
    CHECK(copy->find("民意").flags == 0);
    CHECK(copy->total_freq() == doctest::Approx(108));
    CHECK_FALSE(cppcc::segment::Lexicon::from_bytes(bytes.substr(1), nullptr));
  }

  TEST_CASE("the built-in general dictionary is the build's dict.txt, parsed at build time") {
    const auto& seg = shared_segmenter();
    const std::string& source = seg.general_dictionary();
    if (source.empty()) {
      MESSAGE("built without a general dictionary (CPPCC_GENERAL_DICT absent): nothing to compare");
      return;
    }
    // General words come from the table, not from the domain lexicon.
    auto w = words_of(seg, "我们今天非常高兴地看到经济持续恢复");
    for (const char* word : {"我们", "今天", "看到", "经济", "持续", "恢复"}) {
      CHECK_MESSAGE(has_word(w, word), std::string(word));
    }
    if (!std::filesystem::exists(source)) {
      MESSAGE(source << " is gone since the build: cannot compare with a run-time parse");
      return;
    }
    // The same file parsed at run time (the explicit-path route) must cut
    // exactly like the embedded table.
    cppcc::SegmenterOptions o;
    o.general_dictionary = source;
    auto parsed = cppcc::Segmenter::create(o);
    REQUIRE(parsed.ok());
    CHECK(parsed->general_dictionary() == source);
    const std::string text =
        "江门市政协十三届委员会常务委员会工作报告：过去一年，在中共江门市委坚强领导下，"
        "市政协围绕中心、服务大局，共提交提案356件，立案312件，办复率100%，"
        "深入开展调查研究，积极建言献策，为推动高质量发展贡献智慧和力量。";
    auto a = seg.segment(text), b = parsed->segment(text);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].begin == b[i].begin);
      CHECK(a[i].end == b[i].end);
    }
  }

  TEST_CASE("a general dictionary file named explicitly is parsed at run time") {
    const auto dir = std::filesystem::temp_directory_path() / "cppcc_seg2_general_dict_test";
    std::filesystem::create_directories(dir);
    const auto good = (dir / "good.txt").string(), bad = (dir / "bad.txt").string();
    {
      std::ofstream(good) << "履职 50000 v\n尽责 50000 v\n履职尽责 10 i\n";
      std::ofstream(bad) << "履职 50000 v\n尽责 5x v\n";
    }
    cppcc::SegmenterOptions o;
    o.builtin_lexicon = false;
    o.general_dictionary = good;
    auto seg = cppcc::Segmenter::create(o);
    REQUIRE(seg.ok());
    CHECK(seg->general_dictionary() == good);
    // Two frequent words beat the rare four-character one.
    CHECK(words_of(*seg, "履职尽责") == std::vector<std::string>{"履职", "尽责"});
    o.general_dictionary = bad;
    auto broken = cppcc::Segmenter::create(o);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == cppcc::ErrorCode::kData);
    CHECK(broken.error().message.find("bad.txt:2") != std::string::npos);
    std::filesystem::remove_all(dir);
  }

  TEST_CASE("every domain term comes out whole in the corpus reports") {
    CPPCC_REQUIRE_SHARED(shared);
    const auto& seg = shared_segmenter();
    const auto terms = seg.lexicon_words();
    size_t files = 0, occurrences = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "corpus")) {
      if (entry.path().extension() != ".txt") continue;
      auto src = cppcc::load_file(entry.path().string());
      REQUIRE_MESSAGE(src.ok(), entry.path().string());
      ++files;
      for (const cppcc::Paragraph& p : cppcc::reflow(*src)) {
        const auto cut = cut_mask(seg.segment(p.text), p.text.size());
        for (const std::string& term : terms) {
          for (size_t at = p.text.find(term); at != std::string::npos; at = p.text.find(term, at + 1)) {
            ++occurrences;
            CHECK_MESSAGE(whole(cut, at, at + term.size()),
                          entry.path().filename().string() << ": " << term << " cut in: " << p.text.substr(at, 60));
          }
        }
      }
    }
    CHECK(files >= 1);
    CHECK(occurrences > 1000);
  }
}
