#include "json.h"

#include <charconv>
#include <cmath>

namespace mlwb::serve {

const Json *Json::find(std::string_view key) const {
    for (const auto &[k, v] : m_object)
        if (k == key)
            return &v;
    return nullptr;
}

std::string_view Json::describe(Kind kind) {
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "a boolean";
    case Kind::Number:
        return "a number";
    case Kind::String:
        return "a string";
    case Kind::Array:
    case Kind::Numbers:
        return "an array";
    case Kind::Object:
        return "an object";
    }
    return "a value";
}

class JsonParser {
public:
    JsonParser(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth) {}

    std::expected<Json, std::string> document() {
        Json root;
        if (!value(root, 0))
            return std::unexpected(m_error);
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("unexpected data after the JSON value");
            return std::unexpected(m_error);
        }
        return root;
    }

private:
    bool fail(std::string_view why) {
        m_error = "byte " + std::to_string(m_pos) + ": " + std::string(why);
        return false;
    }

    void skipSpace() {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool value(Json &out, int depth) {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end of input");
        switch (m_text[m_pos]) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"':
            out.m_kind = Json::Kind::String;
            return string(out.m_string);
        case 't':
            out.m_kind = Json::Kind::Bool;
            out.m_bool = true;
            return literal("true");
        case 'f':
            out.m_kind = Json::Kind::Bool;
            out.m_bool = false;
            return literal("false");
        case 'n':
            out.m_kind = Json::Kind::Null;
            return literal("null");
        // Python's json module writes these for NaN and infinities; take them too.
        case 'N':
            out.m_kind = Json::Kind::Number;
            out.m_number = std::nan("");
            return literal("NaN");
        case 'I':
            out.m_kind = Json::Kind::Number;
            out.m_number = HUGE_VAL;
            return literal("Infinity");
        default:
            if (m_text.substr(m_pos, 9) == "-Infinity") {
                out.m_kind = Json::Kind::Number;
                out.m_number = -HUGE_VAL;
                return literal("-Infinity");
            }
            out.m_kind = Json::Kind::Number;
            return number(out.m_number);
        }
    }

    bool number(double &out) {
        const std::size_t start = m_pos;
        auto digits = [this] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else if (!digits())
            return fail("expected a value");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("expected digits after '.'");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("expected digits in the exponent");
        }
        const auto [ptr, ec] = std::from_chars(m_text.data() + start, m_text.data() + m_pos, out);
        if (ec != std::errc() || !std::isfinite(out)) {
            m_pos = start;
            return fail("number out of range");
        }
        return true;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool codeUnit(unsigned &out) {
        if (m_text.size() - m_pos < 4)
            return fail("truncated \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_text[m_pos++]);
            if (h < 0)
                return fail("invalid \\u escape");
            out = out * 16 + unsigned(h);
        }
        return true;
    }

    static void appendUtf8(std::string &s, unsigned cp) {
        if (cp < 0x80) {
            s += char(cp);
        } else if (cp < 0x800) {
            s += char(0xc0 | (cp >> 6));
            s += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            s += char(0xe0 | (cp >> 12));
            s += char(0x80 | ((cp >> 6) & 0x3f));
            s += char(0x80 | (cp & 0x3f));
        } else {
            s += char(0xf0 | (cp >> 18));
            s += char(0x80 | ((cp >> 12) & 0x3f));
            s += char(0x80 | ((cp >> 6) & 0x3f));
            s += char(0x80 | (cp & 0x3f));
        }
    }

    bool string(std::string &out) {
        ++m_pos; // opening quote
        while (true) {
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                out += c;
                ++m_pos;
                continue;
            }
            if (++m_pos >= m_text.size())
                return fail("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!codeUnit(cp))
                    return false;
                if (cp >= 0xd800 && cp < 0xdc00) {
                    unsigned low = 0;
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return fail("unpaired surrogate");
                    m_pos += 2;
                    if (!codeUnit(low))
                        return false;
                    if (low < 0xdc00 || low >= 0xe000)
                        return fail("invalid surrogate pair");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    return fail("unpaired surrogate");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_pos;
                return fail("invalid escape");
            }
        }
    }

    bool array(Json &out, int depth) {
        if (depth > m_maxDepth)
            return fail("nesting deeper than " + std::to_string(m_maxDepth));
        ++m_pos;
        out.m_kind = Json::Kind::Numbers;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            out.m_kind = Json::Kind::Array;
            return true;
        }
        while (true) {
            Json item;
            if (!value(item, depth))
                return false;
            if (out.m_kind == Json::Kind::Numbers && item.m_kind == Json::Kind::Number) {
                out.m_numbers.push_back(item.m_number);
            } else {
                if (out.m_kind == Json::Kind::Numbers) {
                    out.m_kind = Json::Kind::Array;
                    out.m_array.reserve(out.m_numbers.size() + 1);
                    for (const double d : out.m_numbers) {
                        Json n;
                        n.m_kind = Json::Kind::Number;
                        n.m_number = d;
                        out.m_array.push_back(std::move(n));
                    }
                    out.m_numbers = {};
                }
                out.m_array.push_back(std::move(item));
            }
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unterminated array");
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',')
                return fail("expected ',' or ']'");
            ++m_pos;
        }
    }

    bool object(Json &out, int depth) {
        if (depth > m_maxDepth)
            return fail("nesting deeper than " + std::to_string(m_maxDepth));
        ++m_pos;
        out.m_kind = Json::Kind::Object;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name in quotes");
            std::string key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            Json item;
            if (!value(item, depth))
                return false;
            out.m_object.emplace_back(std::move(key), std::move(item));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unterminated object");
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',')
                return fail("expected ',' or '}'");
            ++m_pos;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth;
    std::string m_error;
};

std::expected<Json, std::string> parseJson(std::string_view text, int maxDepth) {
    return JsonParser(text, maxDepth).document();
}

void appendJsonString(std::string &out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

template <typename T> static void appendNumber(std::string &out, T v) {
    if (!std::isfinite(v)) {
        // JSON has no NaN or infinity; write them as Python's json module does.
        out += std::isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, ec == std::errc() ? end : buf);
}

void appendJsonNumber(std::string &out, double v) {
    appendNumber(out, v);
}

void appendJsonNumber(std::string &out, float v) {
    appendNumber(out, v);
}

} // namespace mlwb::serve
