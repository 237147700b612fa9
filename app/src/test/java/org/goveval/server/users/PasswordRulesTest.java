package org.goveval.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {
    @ParameterizedTest(name = "{2} -> {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                // user name | current | new | repeated | problems (space-separated) or none
                "zhang.san | old-password-1 | correct horse battery | correct horse battery | none",
                "zhang.san | old-password-1 | 0123456789 | 0123456789 | none", // 10 digits: no class rule
                "zhang.san | old-password-1 | 十个汉字组成的新密码 | 十个汉字组成的新密码 | none",
                "zhang.san | old-password-1 | 123456789 | 123456789 | TOO_SHORT",
                "zhang.san | old-password-1 | 九个汉字密码太短了 | 九个汉字密码太短了 | TOO_SHORT",
                "zhang.san | old-password-1 | correct horse battery | correct horse batterY | MISMATCH",
                "zhang.san.1 | old-password-1 | Zhang.San.1 | Zhang.San.1 | SAME_AS_USERNAME",
                "zhang.san | old-password-1 | old-password-1 | old-password-1 | SAME_AS_CURRENT",
                "zhang.san | old-password-1 | short | other | MISMATCH TOO_SHORT",
            })
    void aNewPasswordIsCheckedByLengthAndAgainstTheNameAndTheCurrentOne(
            String username, String current, String chosen, String repeated, String problems) {
        List<PasswordProblem> expected = problems == null
                ? List.of()
                : Arrays.stream(problems.split(" "))
                        .map(PasswordProblem::valueOf)
                        .toList();
        assertThat(PasswordRules.check(username, current, chosen, repeated)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} characters of {1} bytes each")
    @CsvSource({"72, a, ''", "73, a, TOO_LONG", "24, 密, ''", "25, 密, TOO_LONG"})
    void bcryptsLimitOf72BytesIsCountedInUtf8(int count, String character, String problem) {
        String password = character.repeat(count);
        assertThat(PasswordRules.check("someone", "current-pw", password, password))
                .containsExactlyElementsOf(problem.isEmpty() ? List.of() : List.of(PasswordProblem.valueOf(problem)));
    }
}
