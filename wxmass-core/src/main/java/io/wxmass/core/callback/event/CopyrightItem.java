package io.wxmass.core.callback.event;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One article's copyright check result ({@code CopyrightCheckResult/ResultList/item}). Every field is kept
 * as the raw integer the platform sent (empty when the element was absent); the typed readers interpret
 * the documented values (docs/platform.md D7), so an unknown value stays readable through its raw code.
 */
public record CopyrightItem(OptionalInt articleIdx,
                            OptionalInt userDeclareStateCode,
                            OptionalInt auditStateCode,
                            String originalArticleUrl,
                            OptionalInt originalArticleTypeCode,
                            OptionalInt canReprintCode,
                            OptionalInt needReplaceContentCode,
                            OptionalInt needShowReprintSourceCode) {

    public CopyrightItem {
        Objects.requireNonNull(articleIdx, "articleIdx");
        Objects.requireNonNull(userDeclareStateCode, "userDeclareStateCode");
        Objects.requireNonNull(auditStateCode, "auditStateCode");
        Objects.requireNonNull(originalArticleUrl, "originalArticleUrl");
        Objects.requireNonNull(originalArticleTypeCode, "originalArticleTypeCode");
        Objects.requireNonNull(canReprintCode, "canReprintCode");
        Objects.requireNonNull(needReplaceContentCode, "needReplaceContentCode");
        Objects.requireNonNull(needShowReprintSourceCode, "needShowReprintSourceCode");
    }

    public Optional<UserDeclareState> userDeclareState() {
        return typed(userDeclareStateCode).flatMap(UserDeclareState::of);
    }

    public Optional<AuditState> auditState() {
        return typed(auditStateCode).map(AuditState::of);
    }

    public Optional<OriginalArticleType> originalArticleType() {
        return typed(originalArticleTypeCode).flatMap(OriginalArticleType::of);
    }

    public Optional<Boolean> canReprint() {
        return flag(canReprintCode);
    }

    public Optional<Boolean> needReplaceContent() {
        return flag(needReplaceContentCode);
    }

    public Optional<Boolean> needShowReprintSource() {
        return flag(needShowReprintSourceCode);
    }

    private static Optional<Integer> typed(OptionalInt code) {
        return code.isPresent() ? Optional.of(code.getAsInt()) : Optional.empty();
    }

    /** 0/1 are documented; any other value is not guessed at. */
    private static Optional<Boolean> flag(OptionalInt code) {
        return typed(code).filter(c -> c == 0 || c == 1).map(c -> c == 1);
    }
}
