package io.wxmass.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One article_type vocabulary, read tolerantly from answers and strictly, as the platform does, from requests. */
class ArticleTypeTest {
    @Test
    void parse_ofAnAnswer_takesAbsentOrBlankAsNews_andIgnoresSurroundingSpace() {
        assertThat(ArticleType.parse(null)).contains(ArticleType.NEWS);
        assertThat(ArticleType.parse("  ")).contains(ArticleType.NEWS);
        assertThat(ArticleType.parse(" newspic ")).contains(ArticleType.NEWSPIC);
        assertThat(ArticleType.parse("video")).isEmpty();
    }

    @Test
    void parseStrict_ofARequest_takesOnlyAbsentOrEmptyAsNews_andExactNamesOtherwise() {
        assertThat(ArticleType.parseStrict(null)).contains(ArticleType.NEWS);
        assertThat(ArticleType.parseStrict("")).contains(ArticleType.NEWS);
        assertThat(ArticleType.parseStrict("newspic")).contains(ArticleType.NEWSPIC);
        assertThat(ArticleType.parseStrict(" newspic ")).isEmpty();
        assertThat(ArticleType.parseStrict("  ")).isEmpty();
        assertThat(ArticleType.parseStrict("NEWS")).isEmpty();
    }
}
