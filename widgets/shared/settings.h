#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace mlwb::widgets {

// A typed QSettings entry: declare once as `inline const Setting<T> x{key, default}`
// and read/write it from anywhere, instead of string lookups scattered around.
template <class T> struct Setting {
    QString key;
    T defaultValue{};

    T get() const {
        const QVariant v = QSettings().value(key);
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.value<T>();
    }
    void set(const T &value) const { QSettings().setValue(key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(key); }
};

} // namespace mlwb::widgets
