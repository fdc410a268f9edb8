#include "statcache.h"

namespace mlwb::datasets {

Status StatCache::load(const QString &absolutePrefix) {
    m_entries.clear();
    // Range scan on the primary key: the prefix itself and everything below it.
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT path, size, mtime_ns, inode, hash FROM file_stat_cache "
                                    "WHERE path = ?1 OR (path >= ?2 AND path < ?3)")));
    st.bind(1, absolutePrefix);
    st.bind(2, absolutePrefix + QLatin1Char('/'));
    st.bind(3, absolutePrefix + QLatin1Char('0')); // '0' follows '/'
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        m_entries.insert(st.text(0),
                         Entry{st.int64(1), st.int64(2), quint64(st.int64(3)), st.text(4)});
    }
    return {};
}

QString StatCache::lookup(const ScannedFile &f) const {
    const auto it = m_entries.constFind(f.absolute);
    if (it == m_entries.constEnd() || it->size != f.size || it->mtimeNs != f.mtimeNs ||
        it->inode != f.inode)
        return {};
    return it->hash;
}

Status StatCache::update(const QList<std::pair<ScannedFile, QString>> &hashed) {
    if (hashed.isEmpty())
        return {};
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO file_stat_cache(path, size, mtime_ns, "
                                    "inode, hash) VALUES (?1, ?2, ?3, ?4, ?5)")));
    for (const auto &[f, hash] : hashed) {
        st.reset();
        st.bind(1, f.absolute).bind(2, f.size).bind(3, f.mtimeNs).bind(4, qint64(f.inode));
        st.bind(5, hash);
        MLWB_TRY(st.exec());
        m_entries.insert(f.absolute, Entry{f.size, f.mtimeNs, f.inode, hash});
    }
    return tx.commit();
}

} // namespace mlwb::datasets
