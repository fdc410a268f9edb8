#include "trackingstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSysInfo>
#include <QUuid>

#include <chrono>
#include <cmath>
#include <limits>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr QLatin1String kRunColumns(
    "SELECT r.id, r.uuid, r.experiment_id, e.name, r.parent_id, r.name, r.status, r.start_time, "
    "r.end_time, r.command, r.exit_code, r.host, r.pid, r.git_commit, r.git_dirty, r.git_patch, "
    "r.note, r.deleted_at FROM runs r JOIN experiments e ON e.id = r.experiment_id ");

template <typename T> std::optional<T> optionalColumn(const store::Statement &st, int col) {
    if (st.isNull(col))
        return std::nullopt;
    if constexpr (std::is_floating_point_v<T>)
        return st.real(col);
    else
        return static_cast<T>(st.int64(col));
}

Run runFromRow(const store::Statement &st) {
    Run r;
    r.id = st.int64(0);
    r.uuid = st.text(1);
    r.experimentId = st.int64(2);
    r.experiment = st.text(3);
    r.parentId = optionalColumn<qint64>(st, 4);
    r.name = st.text(5);
    r.status = runStatusFromString(st.text(6)).value_or(RunStatus::Running);
    r.startTime = st.real(7);
    r.endTime = optionalColumn<double>(st, 8);
    r.command = st.text(9);
    r.exitCode = optionalColumn<int>(st, 10);
    r.host = st.text(11);
    r.pid = optionalColumn<qint64>(st, 12);
    r.git.commit = st.text(13);
    r.git.dirty = st.int64(14) != 0;
    r.git.patch = st.text(15);
    r.note = st.text(16);
    r.deletedAt = optionalColumn<double>(st, 17);
    return r;
}

Result<QList<Run>> collectRuns(store::Statement &st) {
    QList<Run> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(runFromRow(st));
    }
    return out;
}

void bindParamValue(store::Statement &st, int index, const ParamValue &v) {
    struct Visitor {
        store::Statement &st;
        int index;
        void operator()(qint64 i) const { st.bind(index, i); }
        void operator()(double d) const { st.bind(index, d); } // NaN is stored as NULL
        void operator()(const QString &s) const { st.bind(index, s); }
        void operator()(bool b) const { st.bind(index, qint64{b ? 1 : 0}); }
    };
    std::visit(Visitor{st, index}, v);
}

// Writes params inside the caller's transaction.
Status writeParams(store::Database &db, qint64 runId, const QList<Param> &params) {
    if (params.isEmpty())
        return {};
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("INSERT INTO params(run_id, key, type, value) VALUES (?1, ?2, "
                                  "?3, ?4) ON CONFLICT (run_id, key) DO UPDATE SET "
                                  "type = excluded.type, value = excluded.value")));
    for (const Param &p : params) {
        if (p.key.isEmpty())
            return fail(tr("set parameters of run %1").arg(runId), tr("a parameter has no name"),
                        tr("give every parameter a non-empty key"));
        st.bind(1, runId).bind(2, p.key).bind(3, typeName(p.value));
        bindParamValue(st, 4, p.value);
        if (auto r = st.exec(); !r)
            return fail(tr("set parameter \"%1\" of run %2").arg(p.key).arg(runId), r.error().why);
    }
    return {};
}

Status writeTag(store::Database &db, qint64 runId, const QString &key, const QString &value) {
    if (key.isEmpty())
        return fail(tr("tag run %1").arg(runId), tr("the tag has no name"),
                    tr("give the tag a non-empty key"));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral(
                              "INSERT INTO tags(run_id, key, value) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value")));
    st.bind(1, runId).bind(2, key).bind(3, value);
    if (auto r = st.exec(); !r)
        return fail(tr("tag run %1 with \"%2\"").arg(runId).arg(key), r.error().why);
    return {};
}

Status requireChanged(store::Database &db, qint64 runId, const QString &what) {
    if (db.changes() == 0)
        return fail(what, tr("there is no run with id %1").arg(runId),
                    tr("refresh the run list; the run may have been deleted"));
    return {};
}

Result<QStringList> stringColumn(store::Database &db, const QString &sql) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(sql));
    QStringList out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(st.text(0));
    }
    return out;
}

// Short, readable and derived from the uuid, so the same run always gets the same name.
QString generatedName(const QString &uuid, qint64 number) {
    static const char *const kAdjectives[] = {
        "amber",  "bold",   "brisk", "calm",   "clever", "cosmic", "crisp", "eager",
        "fuzzy",  "gentle", "glad",  "golden", "happy",  "lively", "lucky", "mellow",
        "nimble", "proud",  "quiet", "rapid",  "shiny",  "silent", "sunny", "swift",
        "tidy",   "vivid",  "warm",  "wise",   "witty",  "young",  "zesty", "keen"};
    static const char *const kNouns[] = {
        "badger", "beacon", "cedar",  "comet",  "delta",  "falcon", "fern",   "glacier",
        "harbor", "heron",  "island", "lagoon", "lark",   "maple",  "meadow", "nebula",
        "otter",  "panda",  "pine",   "quartz", "raven",  "river",  "robin",  "sparrow",
        "summit", "tiger",  "tundra", "valley", "willow", "wolf",   "yak",    "zebra"};
    const QByteArray digest = QCryptographicHash::hash(uuid.toLatin1(), QCryptographicHash::Sha1);
    const auto a = static_cast<unsigned char>(digest.at(0)) % std::size(kAdjectives);
    const auto n = static_cast<unsigned char>(digest.at(1)) % std::size(kNouns);
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1String(kAdjectives[a]), QLatin1String(kNouns[n]))
        .arg(number);
}

Status setDeletedAt(store::Database &db, const QList<qint64> &runIds, std::optional<double> at) {
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("UPDATE runs SET deleted_at = CASE WHEN ?1 IS NULL THEN NULL "
                                  "ELSE coalesce(deleted_at, ?1) END WHERE id = ?2")));
    for (const qint64 id : runIds) {
        if (at)
            st.bind(1, *at);
        else
            st.bindNull(1);
        st.bind(2, id);
        MLWB_TRY(st.exec());
    }
    return tx.commit();
}

} // namespace

ParamValue paramValueFromRow(const store::Statement &st, const QString &type, int col) {
    if (type == QLatin1String("int"))
        return st.int64(col);
    if (type == QLatin1String("float"))
        return st.isNull(col) ? std::numeric_limits<double>::quiet_NaN() : st.real(col);
    if (type == QLatin1String("bool"))
        return st.int64(col) != 0;
    return st.text(col);
}

double nowSeconds() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

QString newRunUuid() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

TrackingStore::TrackingStore(store::Database &db)
    : m_db(db) {}

Result<qint64> TrackingStore::ensureExperiment(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("create experiment"), tr("the name is empty"),
                    tr("give the experiment a name"));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement insert,
        m_db.prepare(QStringLiteral("INSERT INTO experiments(name, created_at) VALUES (?1, ?2) "
                                    "ON CONFLICT (name) DO NOTHING")));
    insert.bind(1, trimmed).bind(2, nowSeconds());
    MLWB_TRY(insert.exec());
    MLWB_ASSIGN_OR_RETURN(
        store::Statement select,
        m_db.prepare(QStringLiteral("SELECT id FROM experiments WHERE name = ?1")));
    select.bind(1, trimmed);
    MLWB_ASSIGN_OR_RETURN(const bool row, select.step());
    if (!row)
        return fail(tr("create experiment \"%1\"").arg(trimmed), tr("it was not stored"));
    return select.int64(0);
}

Result<QList<Experiment>> TrackingStore::experiments() {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("SELECT id, name, description, created_at "
                                                      "FROM experiments ORDER BY name")));
    QList<Experiment> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(Experiment{st.int64(0), st.text(1), st.text(2), st.real(3)});
    }
    return out;
}

Result<Run> TrackingStore::createRun(const NewRun &spec) {
    const QString uuid = newRunUuid();
    qint64 runId = 0;
    {
        MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
        MLWB_ASSIGN_OR_RETURN(const qint64 experimentId,
                              ensureExperiment(spec.experiment.isEmpty() ? QStringLiteral("default")
                                                                         : spec.experiment));
        QString name = spec.name.trimmed();
        if (name.isEmpty()) {
            MLWB_ASSIGN_OR_RETURN(
                store::Statement count,
                m_db.prepare(QStringLiteral("SELECT count(*) FROM runs WHERE experiment_id = ?1")));
            count.bind(1, experimentId);
            MLWB_TRY(count.step());
            name = generatedName(uuid, count.int64(0) + 1);
        }
        MLWB_ASSIGN_OR_RETURN(
            store::Statement st,
            m_db.prepare(QStringLiteral(
                "INSERT INTO runs(uuid, experiment_id, parent_id, name, status, start_time, "
                "end_time, command, host, pid, git_commit, git_dirty, git_patch, source) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")));
        st.bind(1, uuid).bind(2, experimentId);
        spec.parentId ? st.bind(3, *spec.parentId) : st.bindNull(3);
        st.bind(4, name).bind(5, toString(spec.status));
        st.bind(6, spec.startTime.value_or(nowSeconds()));
        spec.endTime ? st.bind(7, *spec.endTime) : st.bindNull(7);
        st.bind(8, spec.command);
        st.bind(9, spec.host.isEmpty() ? QSysInfo::machineHostName() : spec.host);
        spec.pid ? st.bind(10, *spec.pid) : st.bindNull(10);
        st.bind(11, spec.git.commit).bind(12, qint64{spec.git.dirty ? 1 : 0});
        st.bind(13, spec.git.patch);
        spec.source.isEmpty() ? st.bindNull(14) : st.bind(14, spec.source);
        if (auto r = st.exec(); !r)
            return fail(tr("create run \"%1\"").arg(name), r.error().why,
                        spec.source.isEmpty()
                            ? QString()
                            : tr("a run imported from %1 may already exist").arg(spec.source));
        runId = m_db.lastInsertRowId();
        MLWB_TRY(writeParams(m_db, runId, spec.params));
        for (const Tag &t : spec.tags)
            MLWB_TRY(writeTag(m_db, runId, t.key, t.value));
        MLWB_TRY(tx.commit());
    }
    return run(runId);
}

Result<std::optional<qint64>> TrackingStore::runIdForSource(const QString &source) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("SELECT id FROM runs WHERE source = ?1")));
    st.bind(1, source);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<qint64>{};
    return std::optional<qint64>{st.int64(0)};
}

Result<Run> TrackingStore::run(qint64 id) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(kRunColumns + QStringLiteral("WHERE r.id = ?1")));
    st.bind(1, id);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return fail(tr("read run %1").arg(id), tr("there is no such run"),
                    tr("refresh the run list; the run may have been deleted"));
    return runFromRow(st);
}

Result<Run> TrackingStore::runByUuid(const QString &uuidOrPrefix) {
    QString prefix = uuidOrPrefix.trimmed().toLower();
    prefix.remove(QLatin1Char('-'));
    const auto isHex = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); };
    if (prefix.isEmpty() || prefix.size() > 32 || !std::all_of(prefix.begin(), prefix.end(), isHex))
        return fail(tr("find run \"%1\"").arg(uuidOrPrefix),
                    tr("a run id is up to 32 hexadecimal digits"),
                    tr("copy the id from the run list or `mlwb runs`"));
    // A range over the unique index: every uuid that starts with the prefix.
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(
            QStringLiteral("SELECT id FROM runs WHERE uuid >= ?1 AND uuid < ?1 || 'g' LIMIT 2")));
    st.bind(1, prefix);
    QList<qint64> ids;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        ids.append(st.int64(0));
    }
    if (ids.isEmpty())
        return fail(tr("find run \"%1\"").arg(uuidOrPrefix), tr("no run id starts with it"),
                    tr("check the id with `mlwb runs`"));
    if (ids.size() > 1)
        return fail(tr("find run \"%1\"").arg(uuidOrPrefix), tr("several run ids start with it"),
                    tr("type more digits of the id"));
    return run(ids.first());
}

Result<QList<Run>> TrackingStore::runs(std::optional<qint64> experimentId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(kRunColumns + QStringLiteral("WHERE r.deleted_at IS NULL AND (?1 IS "
                                                  "NULL OR r.experiment_id = ?1) ORDER BY "
                                                  "r.start_time DESC, r.id DESC")));
    experimentId ? st.bind(1, *experimentId) : st.bindNull(1);
    return collectRuns(st);
}

Result<QList<Run>> TrackingStore::trashedRuns() {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(kRunColumns + QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY "
                                                  "r.start_time DESC, r.id DESC")));
    return collectRuns(st);
}

Result<qint64> TrackingStore::runCount() {
    MLWB_ASSIGN_OR_RETURN(
        const QVariant v,
        m_db.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE deleted_at IS NULL")));
    return v.toLongLong();
}

Status TrackingStore::setParams(qint64 runId, const QList<Param> &params) {
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
    MLWB_TRY(writeParams(m_db, runId, params));
    return tx.commit();
}

Result<QList<Param>> TrackingStore::params(qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(
            QStringLiteral("SELECT key, type, value FROM params WHERE run_id = ?1 ORDER BY key")));
    st.bind(1, runId);
    QList<Param> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(Param{st.text(0), paramValueFromRow(st, st.text(1), 2)});
    }
    return out;
}

Status TrackingStore::setTag(qint64 runId, const QString &key, const QString &value) {
    return writeTag(m_db, runId, key, value);
}

Status TrackingStore::removeTag(qint64 runId, const QString &key) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("DELETE FROM tags WHERE run_id = ?1 AND key = ?2")));
    st.bind(1, runId).bind(2, key);
    return st.exec();
}

Result<QList<Tag>> TrackingStore::tags(qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT key, value FROM tags WHERE run_id = ?1 ORDER BY key")));
    st.bind(1, runId);
    QList<Tag> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(Tag{st.text(0), st.text(1)});
    }
    return out;
}

Status TrackingStore::setNote(qint64 runId, const QString &markdown) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("UPDATE runs SET note = ?1 WHERE id = ?2")));
    st.bind(1, markdown).bind(2, runId);
    MLWB_TRY(st.exec());
    return requireChanged(m_db, runId, tr("save the note of run %1").arg(runId));
}

Status TrackingStore::rename(qint64 runId, const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("rename run %1").arg(runId), tr("the new name is empty"), tr("type a name"));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("UPDATE runs SET name = ?1 WHERE id = ?2")));
    st.bind(1, trimmed).bind(2, runId);
    MLWB_TRY(st.exec());
    return requireChanged(m_db, runId, tr("rename run %1").arg(runId));
}

Status TrackingStore::finishRun(qint64 runId, RunStatus status, std::optional<int> exitCode,
                                std::optional<double> endTime) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("UPDATE runs SET status = ?1, exit_code = "
                                                      "?2, end_time = ?3 WHERE id = ?4")));
    st.bind(1, toString(status));
    exitCode ? st.bind(2, qint64{*exitCode}) : st.bindNull(2);
    if (status == RunStatus::Running)
        st.bindNull(3);
    else
        st.bind(3, endTime.value_or(nowSeconds()));
    st.bind(4, runId);
    MLWB_TRY(st.exec());
    return requireChanged(m_db, runId, tr("finish run %1").arg(runId));
}

Result<QList<MetricSummary>> TrackingStore::metricSummaries(qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT key, last_value, last_step, min_value, max_value, "
                                    "count FROM metric_summary WHERE run_id = ?1 ORDER BY key")));
    st.bind(1, runId);
    QList<MetricSummary> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        MetricSummary s;
        s.key = st.text(0);
        s.last = optionalColumn<double>(st, 1);
        s.lastStep = st.int64(2);
        s.min = optionalColumn<double>(st, 3);
        s.max = optionalColumn<double>(st, 4);
        s.count = st.int64(5);
        out.append(s);
    }
    return out;
}

Result<QStringList> TrackingStore::metricKeys() {
    return stringColumn(m_db,
                        QStringLiteral("SELECT DISTINCT key FROM metric_summary ORDER BY key"));
}

Result<QStringList> TrackingStore::paramKeys() {
    return stringColumn(m_db, QStringLiteral("SELECT DISTINCT key FROM params ORDER BY key"));
}

Result<QStringList> TrackingStore::tagKeys() {
    return stringColumn(m_db, QStringLiteral("SELECT DISTINCT key FROM tags ORDER BY key"));
}

Status TrackingStore::addArtifact(qint64 runId, const Artifact &artifact) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral(
            "INSERT INTO artifacts(run_id, path, hash, size, created_at) VALUES (?1, ?2, ?3, ?4, "
            "?5) ON CONFLICT (run_id, path) DO UPDATE SET hash = excluded.hash, size = "
            "excluded.size, created_at = excluded.created_at")));
    st.bind(1, runId).bind(2, artifact.path).bind(3, artifact.hash).bind(4, artifact.size);
    st.bind(5, artifact.createdAt > 0 ? artifact.createdAt : nowSeconds());
    if (auto r = st.exec(); !r)
        return fail(tr("record artifact %1 of run %2").arg(artifact.path).arg(runId),
                    r.error().why);
    return {};
}

Result<QList<Artifact>> TrackingStore::artifacts(qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT path, hash, size, created_at FROM artifacts WHERE "
                                    "run_id = ?1 ORDER BY path")));
    st.bind(1, runId);
    QList<Artifact> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.append(Artifact{st.text(0), st.text(1), st.int64(2), st.real(3)});
    }
    return out;
}

Status TrackingStore::trashRuns(const QList<qint64> &runIds) {
    return setDeletedAt(m_db, runIds, nowSeconds());
}

Status TrackingStore::restoreRuns(const QList<qint64> &runIds) {
    return setDeletedAt(m_db, runIds, std::nullopt);
}

} // namespace mlwb::tracking
