package dev.hangar.junit.internal.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.junit.internal.template.Template;
import dev.hangar.junit.internal.template.TemplateLoader;
import dev.hangar.junit.internal.template.TemplateOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTableNamesTest {
  private static Template load(String scope, String prefix) {
    return TemplateLoader.load(
        new TemplateOptions(
                "templates/real-target.yaml",
                Path.of("."),
                TemplateTableNamesTest.class.getClassLoader(),
                Map.of(),
                "stack",
                "us-east-1",
                "123456789012",
                Instant.parse("2026-01-01T00:00:00Z"))
            .forHarness(scope, prefix));
  }

  @Test
  void prefixedRun_logicalIdAndDeclaredTableName_bothMeanThePrefixedTable() {
    Template template = load("scope", "hangar-run1-abc123-");
    assertThat(TemplateTableNames.physicalName(template, "Users")).isEqualTo("hangar-run1-abc123-users");
    assertThat(TemplateTableNames.physicalName(template, "users")).isEqualTo("hangar-run1-abc123-users");
    assertThat(TemplateTableNames.physicalName(template, "Events"))
        .matches("hangar-run1-abc123-stack-Events-[A-Z0-9]{12}");
    assertThat(TemplateTableNames.physicalName(template, "elsewhere")).isEqualTo("elsewhere");
    // The function sees the prefixed name through !Ref.
    assertThat(template.function("SaveUser").orElseThrow().environment())
        .containsEntry("TABLE_NAME", "hangar-run1-abc123-users");
  }

  @Test
  void withoutPrefix_namesAreTheStacksOwn() {
    Template template = load("", "");
    assertThat(TemplateTableNames.physicalName(template, "Users")).isEqualTo("users");
    assertThat(TemplateTableNames.physicalName(template, "users")).isEqualTo("users");
  }

  @Test
  void harnessScope_changesApiIdsOnly_andTheSameScopeGivesTheSameIds() {
    Template a = TemplateLoader.load(chat("[class:A]"));
    Template again = TemplateLoader.load(chat("[class:A]"));
    Template b = TemplateLoader.load(chat("[class:B]"));
    String idA = a.webSocketApis().get(0).apiId();
    assertThat(again.webSocketApis().get(0).apiId()).isEqualTo(idA);
    assertThat(b.webSocketApis().get(0).apiId()).isNotEqualTo(idA);
    assertThat(b.tables().get(0).tableName()).isEqualTo(a.tables().get(0).tableName());
  }

  private static TemplateOptions chat(String scope) {
    return new TemplateOptions(
            "templates/chat-app.yaml",
            Path.of("."),
            TemplateTableNamesTest.class.getClassLoader(),
            Map.of(),
            "hangar",
            "us-east-1",
            "000000000000",
            Instant.parse("2026-01-01T00:00:00Z"))
        .forHarness(scope, "");
  }
}
