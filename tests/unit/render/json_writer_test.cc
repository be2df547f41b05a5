// JsonWriter must lay out JSON exactly as nlohmann's dump() does, pretty and
// compact, so replacing the tree with the writer changed no output byte.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "render/json_writer.h"

namespace {

using cppcc::render::JsonWriter;
using Json = nlohmann::ordered_json;

// One document with every kind of value and container, written both ways.
std::string write_sample(int indent) {
  JsonWriter w(indent);
  w.begin_object();
  w.key("text"); w.string("政协\"委员\"\\ \n\t\x01 end");
  w.key("empty_array"); w.begin_array(); w.end_array();
  w.key("empty_object"); w.begin_object(); w.end_object();
  w.key("numbers");
  w.begin_array();
  w.integer(-7); w.unsigned_integer(18446744073709551615ull); w.number(1460000000.0); w.number(5.4);
  w.number(0.1 + 0.2); w.number(1e20); w.number(std::numeric_limits<double>::quiet_NaN());
  w.end_array();
  w.key("nested");
  w.begin_array();
  w.begin_object(); w.key("ok"); w.boolean(true); w.key("none"); w.null(); w.end_object();
  w.begin_array(); w.boolean(false); w.end_array();
  w.end_array();
  w.key("optional"); w.optional_string(std::optional<std::string>());
  w.end_object();
  return w.take();
}

Json sample_tree() {
  Json j = Json::object();
  j["text"] = "政协\"委员\"\\ \n\t\x01 end";
  j["empty_array"] = Json::array();
  j["empty_object"] = Json::object();
  j["numbers"] = Json::array({-7, 18446744073709551615ull, 1460000000, 5.4, 0.1 + 0.2, 1e20, nullptr});
  j["nested"] = Json::array({Json{{"ok", true}, {"none", nullptr}}, Json::array({false})});
  j["optional"] = nullptr;
  return j;
}

}  // namespace

TEST_CASE("JsonWriter lays out JSON as nlohmann dump() does") {
  CHECK(write_sample(2) == sample_tree().dump(2));
  CHECK(write_sample(-1) == sample_tree().dump(-1));
  CHECK(write_sample(4) == sample_tree().dump(4));
}

TEST_CASE("JsonWriter replaces bytes that are not UTF-8") {
  JsonWriter w(-1);
  w.string("a\xFF" "b\xE4\xB8");
  CHECK(w.take() == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\"");
}
