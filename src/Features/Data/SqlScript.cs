using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GameTime.Features.Data;

/// <summary>
/// Runs a multi-statement SQL script one statement at a time, stopping at the first error.
/// Microsoft.Data.Sqlite's own multi-statement ExecuteNonQuery can pass over a failing statement that follows
/// an ALTER TABLE without raising, which a migration must never do; SQLite's prepare/step loop cannot.
/// </summary>
public static class SqlScript
{
    public static void Execute(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rest = sql;
        while (!string.IsNullOrWhiteSpace(rest))
        {
            int rc = raw.sqlite3_prepare_v2(db, rest, out sqlite3_stmt statement, out string tail);
            if (rc != raw.SQLITE_OK) throw Error(db, rc);
            using (statement)
            {
                // A comment-only tail prepares to no statement at all.
                if (!statement.IsInvalid)
                {
                    while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW) { }
                    if (rc != raw.SQLITE_DONE) throw Error(db, rc);
                }
            }
            rest = tail;
        }
    }

    private static SqliteException Error(sqlite3 db, int rc) =>
        new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(db));
}
