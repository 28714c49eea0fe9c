package org.gridgov.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A case reference is a token: letters, digits and {@code . _ : -}, starting with a letter or digit. */
class CaseRefTest {

  @Test
  void aCaseRefIsAToken() {
    assertThat(CaseRef.of("case-2022.05:17_a")).hasToString("case-2022.05:17_a");
    assertThatThrownBy(() -> CaseRef.of("-case")).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("caseRef");
    assertThatThrownBy(() -> CaseRef.of(null)).hasMessage("caseRef: is required");
  }
}
