using GameTime.Features.Data;
using GameTime.Features.Interactions;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameTime.Tests.Interactions;

public sealed class CommandRegistrarTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Database _database;
    private readonly RecordingDiscordRest _rest = new();
    private readonly CommandRegistrar _registrar;

    public CommandRegistrarTests()
    {
        _database = new Database(_folder.File("gametime.db"));
        _database.Migrate(TimeProvider.System);
        _registrar = new CommandRegistrar(_database, _rest, TimeProvider.System, NullLogger<CommandRegistrar>.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_catalogue_is_registered_once_per_scope_until_it_changes()
    {
        var catalogue = CommandCatalogue.All;
        Assert.True(await _registrar.EnsureAsync(1, 555, catalogue, CancellationToken.None));
        Assert.False(await _registrar.EnsureAsync(1, 555, catalogue, CancellationToken.None)); // after a restart too: the hash is in the database
        Assert.True(await _registrar.EnsureAsync(1, 0, catalogue, CancellationToken.None));   // global is its own scope
        Assert.True(await _registrar.EnsureAsync(1, 555, catalogue.Take(3).ToList(), CancellationToken.None));

        Assert.Equal([(555UL, catalogue.Count), (0UL, catalogue.Count), (555UL, 3)], _rest.Overwrites);
    }
}
