#pragma once

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mlwb::serve {

// A strict JSON value (RFC 8259), plus the NaN, Infinity and -Infinity tokens that
// Python's json module reads and writes. Arrays holding only numbers are kept as a flat
// vector of doubles, so a 16 MB body of numbers stays near its own size in memory.
class Json {
public:
    enum class Kind { Null, Bool, Number, String, Array, Numbers, Object };

    Kind kind() const { return m_kind; }
    bool isArray() const { return m_kind == Kind::Array || m_kind == Kind::Numbers; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isString() const { return m_kind == Kind::String; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isBool() const { return m_kind == Kind::Bool; }

    bool boolean() const { return m_bool; }
    double number() const { return m_number; }
    const std::string &string() const { return m_string; }
    const std::vector<Json> &array() const { return m_array; }       // Kind::Array
    const std::vector<double> &numbers() const { return m_numbers; } // Kind::Numbers
    const std::vector<std::pair<std::string, Json>> &object() const { return m_object; }
    std::size_t arraySize() const {
        return m_kind == Kind::Numbers ? m_numbers.size() : m_array.size();
    }

    // The member named `key` of an object, or nullptr.
    const Json *find(std::string_view key) const;

    // The kind as a JSON reader says it: "a number", "an object", ...
    static std::string_view describe(Kind kind);

private:
    friend class JsonParser;
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    double m_number = 0;
    std::string m_string;
    std::vector<Json> m_array;
    std::vector<double> m_numbers;
    std::vector<std::pair<std::string, Json>> m_object;
};

// Parses a whole document; the error names the byte offset ("byte 17: expected ':'").
std::expected<Json, std::string> parseJson(std::string_view text, int maxDepth = 64);

// Writers for responses.
void appendJsonString(std::string &out, std::string_view s);
void appendJsonNumber(std::string &out, double v);
void appendJsonNumber(std::string &out, float v);

} // namespace mlwb::serve
