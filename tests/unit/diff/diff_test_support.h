// Builders for small Reports, so the diff is tested without the parser.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cppcc/diff.h"

namespace cppcc::diff_test {

inline Quantity quantity(std::string indicator, double value, std::string unit, std::string surface,
                         PartKind part = PartKind::kReview, std::string kind = "count") {
  Quantity q;
  q.indicator = std::move(indicator);
  q.value = value;
  q.unit = std::move(unit);
  q.surface = std::move(surface);
  q.part = part;
  q.kind = std::move(kind);
  q.is_target = part == PartKind::kPlan;
  return q;
}

inline Quantity qualified(Quantity q, std::string qualifier) {
  q.qualifier = std::move(qualifier);
  return q;
}

inline Section section(std::string label, std::string heading, std::string body) {
  Section s;
  s.label = std::move(label);
  s.heading = std::move(heading);
  s.body = std::move(body);
  return s;
}

inline Part part(PartKind kind, int year, std::string heading, std::vector<Section> sections) {
  Part p;
  p.kind = kind;
  p.year = year;
  p.heading = std::move(heading);
  p.sections = std::move(sections);
  return p;
}

/// Words separated by spaces (punctuation attached to nothing): enough for tests.
inline Tokenizer space_tokenizer() {
  return [](std::string_view text) {
    std::vector<DiffToken> out;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = i;
      if (text[i] == ' ' || text[i] == '\n') {
        while (j < text.size() && (text[j] == ' ' || text[j] == '\n')) ++j;
        out.push_back({std::string(text.substr(i, j - i)), false});
      } else {
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        out.push_back({std::string(text.substr(i, j - i)), true});
      }
      i = j;
    }
    return out;
  };
}

/// A two-part report with six review sections of distinct content.
inline Report sample_report() {
  Report r;
  r.source.path = "sample-2025.txt";
  r.metadata.review_year = 2024;
  r.metadata.plan_year = 2025;
  r.metadata.title = std::string("工作报告");
  std::vector<Section> review = {
      section("一、", "加强理论学习", "组织 理论 学习 中心组 学习 读书 活动 党组 会议 专题 学习 研讨 交流"),
      section("二、", "聚焦中心工作", "围绕 经济 发展 开展 协商 调研 视察 产业 招商 项目 建设 营商 环境"),
      section("三、", "做好提案工作", "提案 立案 交办 督办 办理 质量 承办 单位 答复 满意 重点 提案"),
      section("四、", "广泛凝聚共识", "团结 联谊 港澳 侨胞 海外 宗教 民族 界别 群众 共识 宣传 文化"),
      section("五、", "加强自身建设", "委员 履职 培训 考核 机关 作风 纪律 队伍 制度 建设 管理 服务"),
      section("六、", "推进民主监督", "监督 民主 评议 专项 监督 行风 评议 政风 问题 整改 反馈 落实"),
  };
  std::vector<Section> plan = {
      section("一、", "坚持正确方向", "坚持 党的 领导 方向 政治 引领 思想 理论 武装 学习 贯彻 精神"),
      section("二、", "服务发展大局", "服务 高质量 发展 大局 调研 协商 产业 科技 创新 乡村 振兴 城市"),
  };
  r.parts.push_back(part(PartKind::kReview, 2024, "2024年工作回顾", review));
  r.parts.push_back(part(PartKind::kPlan, 2025, "2025年工作任务", plan));
  r.quantities = {
      quantity("立案交办提案", 314, "件", "314件"),
      quantity("党政领导批示", 87, "次", "87次"),
      quantity("党政领导批示", 67, "件次", "67件次"),
      quantity("专题重点调研", 8, "项", "8项", PartKind::kPlan),
  };
  Formulation f;
  f.text = "“十个坚持”";
  f.occurrences.resize(2);
  r.formulations.push_back(f);
  GlossaryEntry g;
  g.term = "百千万工程";
  g.references.resize(3);
  r.glossary.push_back(g);
  return r;
}

}  // namespace cppcc::diff_test
