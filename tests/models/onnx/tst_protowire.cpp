#include "onnx/protowire.h"

#include "protobuilder.h"

#include <QTest>

#include <string>

using namespace mlwb::onnx;
using namespace mlwb::onnx::testing;

Q_DECLARE_METATYPE(std::string)

class TstProtoWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEveryWireType() {
        const std::string data = varintField(1, 300) + bytesField(2, "abc") +
                                 fixed32Field(3, 1.5f) + varint((4u << 3) | 1) +
                                 std::string("\x00\x00\x00\x00\x00\x00\xf0\x3f", 8);
        WireReader r(data);
        auto a = r.next();
        QVERIFY(a);
        QCOMPARE(a->number, 1u);
        QCOMPARE(a->type, WireReader::Varint);
        QCOMPARE(a->scalar, std::uint64_t(300));
        auto b = r.next();
        QVERIFY(b);
        QCOMPARE(b->type, WireReader::LengthDelimited);
        QCOMPARE(b->bytes, std::string_view("abc"));
        auto c = r.next();
        QVERIFY(c);
        QCOMPARE(c->type, WireReader::Fixed32);
        QCOMPARE(c->asFloat(), 1.5f);
        auto d = r.next();
        QVERIFY(d);
        QCOMPARE(d->type, WireReader::Fixed64);
        QCOMPARE(d->asDouble(), 1.0);
        QVERIFY(!r.next());
        QVERIFY(!r.failed());
        QCOMPARE(r.offset(), data.size());
    }

    void malformedInputStopsAtItsOffset_data() {
        QTest::addColumn<std::string>("data");
        QTest::addColumn<int>("offset");
        const std::string ok = varintField(1, 7); // 2 bytes
        QTest::newRow("truncated varint") << ok + std::string("\x08\x80", 2) << 4;
        QTest::newRow("length past the end") << ok + bytesField(2, "abcdef").substr(0, 5) << 4;
        QTest::newRow("truncated fixed32") << ok + std::string("\x1d\x01\x02", 3) << 3;
        QTest::newRow("truncated fixed64") << ok + std::string("\x09\x01", 2) << 3;
        QTest::newRow("group wire type") << ok + std::string("\x0b", 1) << 3;
        QTest::newRow("varint over 10 bytes") << ok + std::string(11, '\xff') << 12;
    }
    void malformedInputStopsAtItsOffset() {
        QFETCH(std::string, data);
        QFETCH(int, offset);
        WireReader r(data);
        QVERIFY(r.next()); // the good field before the damage is still read
        QVERIFY(!r.next());
        QVERIFY(r.failed());
        QCOMPARE(r.offset(), std::size_t(offset));
        QVERIFY(!r.next()); // and it stays stopped
    }

    void packedAndUnpackedVarintsReadAlike() {
        std::vector<std::uint64_t> packed, unpacked;
        const std::string bytes = bytesField(1, varint(3) + varint(300) + varint(5));
        WireReader p(bytes);
        forEachVarint(*p.next(), [&](std::uint64_t v) { packed.push_back(v); });
        const std::string u = varintField(1, 3) + varintField(1, 300) + varintField(1, 5);
        WireReader ur(u);
        while (auto f = ur.next())
            forEachVarint(*f, [&](std::uint64_t v) { unpacked.push_back(v); });
        QCOMPARE(packed, (std::vector<std::uint64_t>{3, 300, 5}));
        QCOMPARE(unpacked, packed);
    }

    void brokenPackedFieldReportsWhereItStopped() {
        const std::string data = bytesField(1, varint(3) + std::string("\x80", 1));
        WireReader r(data);
        const auto f = r.next();
        QVERIFY(f);
        int seen = 0;
        const auto stopped = forEachVarint(*f, [&](std::uint64_t) { ++seen; });
        QVERIFY(stopped);
        QCOMPARE(seen, 1);
        QCOMPARE(stopped->offset(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TstProtoWire)
#include "tst_protowire.moc"
