// Schema registry: embedded schemas load and validate.
#include "pipeline/model/schema.h"

#include <gtest/gtest.h>

namespace disclose::model {
namespace {

TEST(SchemaRegistry, UnknownSchemaIsNotFound) {
  Status s = SchemaRegistry::Default().Validate("no.such.v1", nlohmann::json::object());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kNotFound);
}

TEST(SchemaRegistry, BundleSchemaIsEmbedded) { EXPECT_TRUE(SchemaRegistry::Default().Has("bundle")); }

}  // namespace
}  // namespace disclose::model
