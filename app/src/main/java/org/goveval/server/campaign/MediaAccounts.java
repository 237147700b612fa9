package org.goveval.server.campaign;

import java.util.List;
import org.goveval.server.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The new-media accounts of targets ({@code media_account}); every change goes to the audit log. */
@Service
public class MediaAccounts {
    /** One account: its platform, the name it is published under, the platform's id and a link when known. */
    public record MediaAccount(
            long id,
            long targetId,
            MediaPlatform platform,
            String name,
            @Nullable String handle,
            @Nullable String url) {
        /** The account as a file line or the form gives it, without its row's ids. */
        public Account account() {
            return new Account(platform, name, handle);
        }

        /** As the audit log and the targets file write it: {@code 平台:名称[:账号]}. */
        public String describe() {
            return platform.label() + ":" + name + (handle == null ? "" : ":" + handle);
        }
    }

    /** An account as a file line or the form gives it: platform, name, the platform's id when given. */
    public record Account(
            MediaPlatform platform, String name, @Nullable String handle) {
        public Account {
            java.util.Objects.requireNonNull(platform, "platform");
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public MediaAccounts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public long add(
            String actor,
            long targetId,
            MediaPlatform platform,
            String name,
            @Nullable String handle,
            @Nullable String url) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into media_account (target_id, platform, name, handle, url) values (:t, :p, :n, :h, :u)")
                .param("t", targetId)
                .param("p", platform.name())
                .param("n", name)
                .param("h", handle)
                .param("u", url)
                .update(key, "id");
        long id = key.getKey().longValue();
        MediaAccount added = new MediaAccount(id, targetId, platform, name, handle, url);
        audit.record(actor, "media_account", String.valueOf(id), "create", null, added.describe());
        return id;
    }

    /** A target's accounts in platform order, then by name. */
    public List<MediaAccount> of(long targetId) {
        return jdbc
                .sql("select id, target_id, platform, name, handle, url from media_account where target_id = :t")
                .param("t", targetId)
                .query(MediaAccount.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(MediaAccount::platform)
                        .thenComparing(MediaAccount::name)
                        .thenComparing(MediaAccount::id))
                .toList();
    }

    /**
     * Makes a target's accounts exactly {@code wanted}: an account listed with the same platform, name and id
     * stays as it is (no audit row), one no longer listed is removed, a new one added; each change audited.
     */
    @Transactional
    public void replace(String actor, long targetId, List<Account> wanted) {
        List<MediaAccount> current = of(targetId);
        for (MediaAccount account : current) {
            if (!wanted.contains(account.account())) {
                remove(actor, account);
            }
        }
        List<Account> kept = current.stream().map(MediaAccount::account).toList();
        for (Account account : wanted) {
            if (!kept.contains(account)) {
                add(actor, targetId, account.platform(), account.name(), account.handle(), null);
            }
        }
    }

    private void remove(String actor, MediaAccount account) {
        jdbc.sql("delete from media_account where id = :id")
                .param("id", account.id())
                .update();
        audit.record(actor, "media_account", String.valueOf(account.id()), "delete", account.describe(), null);
    }

    /** Removes every account of a target (for a target being removed or replaced); each removal audited. */
    @Transactional
    public void removeAll(String actor, long targetId) {
        for (MediaAccount account : of(targetId)) {
            remove(actor, account);
        }
    }
}
