package org.goveval.server.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaPlatformTest {
    @Test
    void aPlatformIsNamedByItsConstantOrItsChineseLabel() {
        for (MediaPlatform p : MediaPlatform.values()) {
            assertThat(MediaPlatform.parse(p.name())).contains(p);
            assertThat(MediaPlatform.parse(p.name().toLowerCase(java.util.Locale.ROOT)))
                    .contains(p);
            assertThat(MediaPlatform.parse(" " + p.label() + " ")).contains(p);
        }
        assertThat(MediaPlatform.parse("微信公众号")).contains(MediaPlatform.WECHAT);
        assertThat(MediaPlatform.parse("客户端")).contains(MediaPlatform.APP);
        assertThat(MediaPlatform.parse("微信视频号")).isEmpty();
        assertThat(MediaPlatform.parse("")).isEmpty();
    }
}
