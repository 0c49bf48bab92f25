#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "app/lane/hangulcomposer.h"

namespace lane::core {
class Database;
class SqliteCatalog;
} // namespace lane::core

namespace lane::app {

class MoneyFormatter;

/// Item search for the sale screen: a name typed on the on-screen keyboard (Hangul composed
/// from jamo keys, or Latin), matched by the catalog's full-text name search as the cashier
/// types (initial consonants too: ㅂㄴㄴ finds 바나나), and a department grid for items without a
/// barcode. Results carry the SKU the sale adds (SaleViewModel::addSku).
class ItemSearchViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString query READ query NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList results READ results NOTIFY changed FINAL)
    Q_PROPERTY(QString department READ department NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList departments READ departments NOTIFY departmentsChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY changed FINAL)

public:
    ItemSearchViewModel(MoneyFormatter *formatter, QObject *parent = nullptr);

    /// The store's catalog (name search) and database (departments). Null: no search.
    void setCatalog(core::SqliteCatalog *catalog, core::Database *database);
    /// Most results shown at once.
    void setLimit(int limit) { m_limit = limit; }

    QString query() const { return m_composer.text(); }
    QVariantList results() const { return m_results; }
    QString department() const { return m_department; }
    QVariantList departments() const;
    QString error() const { return m_error; }

    /// One key of the on-screen keyboard (a jamo, a letter, a digit or a space).
    Q_INVOKABLE void press(const QString &key);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clear();
    /// Lists the items of one department (by its code), cheapest name order.
    Q_INVOKABLE void showDepartment(const QString &code);

Q_SIGNALS:
    void changed();
    void departmentsChanged();

private:
    void search();
    QVariantMap entry(const std::string &sku, const std::string &name, std::int64_t priceMinor,
                      bool weighed) const;

    MoneyFormatter *m_formatter;
    core::SqliteCatalog *m_catalog = nullptr;
    core::Database *m_database = nullptr;
    HangulComposer m_composer;
    QVariantList m_results;
    mutable QVariantList m_departments; // read once, on first use
    QString m_department;
    QString m_error;
    int m_limit = 24;
};

} // namespace lane::app
