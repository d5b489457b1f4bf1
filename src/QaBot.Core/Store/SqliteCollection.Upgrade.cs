namespace QaBot.Core.Store;

/// <summary>
/// Brings a collection made by an earlier QaBot up to its record's model in place: data columns the table lacks are
/// added (empty until their rows are written again), and when one of them is full-text indexed the FTS index and its
/// triggers are recreated over all full-text columns and rebuilt from the stored rows. Checked once per collection
/// object, before its first read or write, so an old store keeps answering (e.g. after <c>ChunkRecord.DateTerms</c>).
/// </summary>
public sealed partial class SqliteCollection<TRecord>
{
    private volatile bool _upToDate;

    private async ValueTask UpgradeOnceAsync(CancellationToken ct)
    {
        if (_upToDate)
        {
            return;
        }

        if ((await _db.ReadAsync(MissingColumns, ct)).Count > 0)
        {
            await _db.WriteAsync(Upgrade, ct);
        }

        _upToDate = true;
    }

    /// <summary>Adds what the table lacks, in the caller's write transaction.</summary>
    private void Upgrade(DbSession s)
    {
        var missing = MissingColumns(s);
        if (missing.Count > 0)
        {
            s.Execute(_schema.UpgradeSql(missing));
            using var bump = s.Command("UPDATE collections SET version = version + 1 WHERE name = $name");
            bump.Parameters.AddWithValue("$name", Name);
            bump.ExecuteNonQuery();
        }

        _upToDate = true;
    }

    /// <summary>Data columns of the model that the existing table lacks (none when the table does not exist yet).</summary>
    private List<string> MissingColumns(DbSession s)
    {
        using var command = s.Command("SELECT name FROM pragma_table_info($table)");
        command.Parameters.AddWithValue("$table", "coll_" + Name);
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                present.Add(reader.GetString(0));
            }
        }

        return present.Count == 0 ? [] : [.. _schema.Data.Select(p => p.StorageName).Where(c => !present.Contains(c))];
    }
}
