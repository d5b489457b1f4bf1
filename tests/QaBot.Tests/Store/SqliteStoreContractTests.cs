using QaBot.Tests.Store.Postgres;

namespace QaBot.Tests.Store;

public sealed class SqliteStoreContractTests
{
    [Fact]
    public async Task TheCatalogTheStampAndSmallValuesLiveInTheSqliteFileAsInPostgres()
    {
        using var temp = new TempStore();

        await StoreContract.TheCatalogAndTheStampLiveInTheStoreAsync(temp.Store);
    }
}
