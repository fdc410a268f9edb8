// The registry's edits: aliases (with history), tags, descriptions, archive.
// Each returns what it replaced so that an undo command can restore it.

#include "registry.h"

#include "registrysql.h"

#include "tracking/trackingstore.h"

namespace mlwb::registry {

using namespace detail;

namespace {

Result<std::optional<int>> currentAliasVersion(store::Database &db, qint64 modelId,
                                               const QString &alias) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral("SELECT v.version FROM model_aliases a "
                                                    "JOIN model_versions v ON v.id = a.version_id "
                                                    "WHERE a.model_id = ?1 AND a.alias = ?2")));
    st.bind(1, modelId).bind(2, alias);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<int>{};
    return std::optional<int>{int(st.int64(0))};
}

Status recordAliasChange(store::Database &db, qint64 modelId, const QString &alias,
                         std::optional<int> from, std::optional<int> to, const QString &who) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("INSERT INTO alias_history(model_id, alias, from_version, "
                                  "to_version, who, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    st.bind(1, modelId).bind(2, alias);
    from ? st.bind(3, *from) : st.bindNull(3);
    to ? st.bind(4, *to) : st.bindNull(4);
    st.bind(5, who).bind(6, tracking::nowSeconds());
    return st.exec();
}

Status touchModel(store::Database &db, qint64 modelId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("UPDATE registered_models SET updated_at = ?2 WHERE id = ?1")));
    st.bind(1, modelId).bind(2, tracking::nowSeconds());
    return st.exec();
}

// Sets or removes (value empty) a tag row of `table` keyed by `ownerColumn`.
Result<std::optional<QString>> editTag(store::Database &db, const QString &table,
                                       const QString &ownerColumn, qint64 owner, const QString &key,
                                       const std::optional<QString> &value, const QString &what) {
    if (key.trimmed().isEmpty())
        return fail(what, tr("the tag has no name"), tr("give the tag a non-empty key"));
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
    MLWB_ASSIGN_OR_RETURN(store::Statement get,
                          db.prepare(QStringLiteral("SELECT value FROM %1 WHERE %2 = ?1 AND "
                                                    "key = ?2")
                                         .arg(table, ownerColumn)));
    get.bind(1, owner).bind(2, key);
    MLWB_ASSIGN_OR_RETURN(const bool had, get.step());
    std::optional<QString> previous;
    if (had)
        previous = get.text(0);
    get.reset();
    if (value) {
        MLWB_ASSIGN_OR_RETURN(store::Statement put,
                              db.prepare(QStringLiteral("INSERT INTO %1(%2, key, value) VALUES "
                                                        "(?1, ?2, ?3) ON CONFLICT DO UPDATE SET "
                                                        "value = excluded.value")
                                             .arg(table, ownerColumn)));
        put.bind(1, owner).bind(2, key).bind(3, *value);
        MLWB_TRY(put.exec());
    } else {
        MLWB_ASSIGN_OR_RETURN(store::Statement del,
                              db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1 AND key = ?2")
                                             .arg(table, ownerColumn)));
        del.bind(1, owner).bind(2, key);
        MLWB_TRY(del.exec());
    }
    MLWB_TRY(tx.commit());
    return previous;
}

// Sets a text column of one row and returns its previous value.
Result<QString> replaceText(store::Database &db, const QString &table, const QString &column,
                            qint64 id, const QString &text) {
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement get,
        db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(column, table)));
    get.bind(1, id);
    MLWB_TRY(get.step());
    const QString previous = get.text(0);
    get.reset();
    MLWB_ASSIGN_OR_RETURN(
        store::Statement put,
        db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE id = ?1").arg(table, column)));
    put.bind(1, id).bind(2, text);
    MLWB_TRY(put.exec());
    MLWB_TRY(tx.commit());
    return previous;
}

// Sets or clears archived_at of one row; true when it changed.
Result<bool> setArchived(store::Database &db, const QString &table, qint64 id, bool archived) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(archived ? QStringLiteral("UPDATE %1 SET archived_at = ?2 WHERE id = ?1 AND "
                                             "archived_at IS NULL")
                                  .arg(table)
                            : QStringLiteral("UPDATE %1 SET archived_at = NULL WHERE id = ?1 AND "
                                             "archived_at IS NOT NULL AND ?2 IS NOT NULL")
                                  .arg(table)));
    st.bind(1, id).bind(2, tracking::nowSeconds());
    MLWB_TRY(st.exec());
    return db.changes() > 0;
}

} // namespace

Result<std::optional<int>> ModelRegistry::setAlias(const QString &model, const QString &alias,
                                                   int version) {
    MLWB_TRY(checkAliasName(alias));
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
    MLWB_ASSIGN_OR_RETURN(const std::optional<int> previous, currentAliasVersion(m_db, mid, alias));
    if (previous == version) {
        MLWB_TRY(tx.commit());
        return previous;
    }
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("INSERT INTO model_aliases(model_id, alias, version_id) "
                                    "VALUES (?1, ?2, ?3) ON CONFLICT DO UPDATE SET "
                                    "version_id = excluded.version_id")));
    st.bind(1, mid).bind(2, alias).bind(3, vid);
    MLWB_TRY(st.exec());
    MLWB_TRY(recordAliasChange(m_db, mid, alias, previous, version, m_user));
    MLWB_TRY(touchModel(m_db, mid));
    MLWB_TRY(tx.commit());
    return previous;
}

Result<std::optional<int>> ModelRegistry::removeAlias(const QString &model, const QString &alias) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
    MLWB_ASSIGN_OR_RETURN(const std::optional<int> previous, currentAliasVersion(m_db, mid, alias));
    if (!previous)
        return fail(tr("remove alias \"%1\" of model \"%2\"").arg(alias, model),
                    tr("the model has no such alias"),
                    tr("see its aliases with `mlwb model show %1`").arg(model));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral(
                              "DELETE FROM model_aliases WHERE model_id = ?1 AND alias = ?2")));
    st.bind(1, mid).bind(2, alias);
    MLWB_TRY(st.exec());
    MLWB_TRY(recordAliasChange(m_db, mid, alias, previous, std::nullopt, m_user));
    MLWB_TRY(touchModel(m_db, mid));
    MLWB_TRY(tx.commit());
    return previous;
}

Result<QList<AliasChange>> ModelRegistry::aliasHistory(const QString &model, const QString &alias) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral(
                              "SELECT alias, from_version, to_version, who, at FROM alias_history "
                              "WHERE model_id = ?1 AND (?2 = '' OR alias = ?2) "
                              "ORDER BY at DESC, id DESC")));
    st.bind(1, mid).bind(2, alias);
    return collect<AliasChange>(st, [](const store::Statement &s) {
        AliasChange c;
        c.alias = s.text(0);
        if (!s.isNull(1))
            c.fromVersion = int(s.int64(1));
        if (!s.isNull(2))
            c.toVersion = int(s.int64(2));
        c.who = s.text(3);
        c.at = s.real(4);
        return c;
    });
}

Result<std::optional<QString>> ModelRegistry::setModelTag(const QString &model, const QString &key,
                                                          const QString &value) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    return editTag(m_db, QStringLiteral("model_tags"), QStringLiteral("model_id"), mid, key, value,
                   tr("tag model \"%1\"").arg(model));
}

Result<std::optional<QString>> ModelRegistry::removeModelTag(const QString &model,
                                                             const QString &key) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    return editTag(m_db, QStringLiteral("model_tags"), QStringLiteral("model_id"), mid, key,
                   std::nullopt, tr("remove tag of model \"%1\"").arg(model));
}

Result<std::optional<QString>> ModelRegistry::setVersionTag(const QString &model, int version,
                                                            const QString &key,
                                                            const QString &value) {
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    return editTag(m_db, QStringLiteral("model_version_tags"), QStringLiteral("version_id"), vid,
                   key, value, tr("tag %1@%2").arg(model).arg(version));
}

Result<std::optional<QString>> ModelRegistry::removeVersionTag(const QString &model, int version,
                                                               const QString &key) {
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    return editTag(m_db, QStringLiteral("model_version_tags"), QStringLiteral("version_id"), vid,
                   key, std::nullopt, tr("remove tag of %1@%2").arg(model).arg(version));
}

Result<QString> ModelRegistry::setModelDescription(const QString &model, const QString &markdown) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    return replaceText(m_db, QStringLiteral("registered_models"), QStringLiteral("description"),
                       mid, markdown);
}

Result<QString> ModelRegistry::setVersionDescription(const QString &model, int version,
                                                     const QString &markdown) {
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    return replaceText(m_db, QStringLiteral("model_versions"), QStringLiteral("description"), vid,
                       markdown);
}

Result<bool> ModelRegistry::archiveModel(const QString &model) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    return setArchived(m_db, QStringLiteral("registered_models"), mid, true);
}

Result<bool> ModelRegistry::restoreModel(const QString &model) {
    MLWB_ASSIGN_OR_RETURN(const qint64 mid, modelId(model));
    return setArchived(m_db, QStringLiteral("registered_models"), mid, false);
}

Result<bool> ModelRegistry::archiveVersion(const QString &model, int version) {
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    return setArchived(m_db, QStringLiteral("model_versions"), vid, true);
}

Result<bool> ModelRegistry::restoreVersion(const QString &model, int version) {
    MLWB_ASSIGN_OR_RETURN(const qint64 vid, versionId(model, version));
    return setArchived(m_db, QStringLiteral("model_versions"), vid, false);
}

} // namespace mlwb::registry
