#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <span>

struct XXH3_state_s;

namespace mlwb {

// Content ids of the object store: XXH3-128 as 32 lowercase hex digits.
// Why XXH3 and not SHA-256: see docs/design/content-hash.md.
class ContentHasher {
public:
    ContentHasher();
    ~ContentHasher();
    ContentHasher(const ContentHasher &) = delete;
    ContentHasher &operator=(const ContentHasher &) = delete;

    void update(std::span<const char> bytes);
    QString hexDigest() const;

private:
    struct StateFree {
        void operator()(XXH3_state_s *s) const;
    };
    std::unique_ptr<XXH3_state_s, StateFree> m_state;
};

QString contentHash(std::span<const char> bytes);
Result<QString> contentHashOfFile(const QString &path);

} // namespace mlwb
