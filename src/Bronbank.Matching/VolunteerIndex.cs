using System.Collections.Concurrent;
using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Bronbank.Matching.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bronbank.Matching;

/// <summary>
/// The volunteer index on local disk: derived data that can always be rebuilt from the database. It is
/// safe for many concurrent searches; writes are serialised by Lucene's writer. Each commit carries the
/// analyzer version, the database it was built from and the last change it applied.
/// </summary>
public sealed class VolunteerIndex : IDisposable
{
    public static string AnalyzerVersion => AnalysisVersionOf.Value;
    private const string VersionKey = "analyzerVersion", DatabaseKey = "databaseId", ChangeKey = "lastAppliedChange";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<Guid, IndexedVolunteer> _volunteers;
    private readonly object _commitLock = new();

    private VolunteerIndex(LuceneDirectory directory, IndexWriter writer, IndexHealth health, IDictionary<string, string> commitData,
        ConcurrentDictionary<Guid, IndexedVolunteer>? volunteers = null)
    {
        _directory = directory;
        _volunteers = volunteers ?? new();
        _writer = writer;
        Health = health;
        DatabaseId = health == IndexHealth.Ok && commitData.TryGetValue(DatabaseKey, out var db) && db.Length > 0 ? db : null;
        LastAppliedChange = health == IndexHealth.Ok && commitData.TryGetValue(ChangeKey, out var c) && long.TryParse(c, out var n) ? n : 0;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new BronbankSearcherFactory());
    }

    /// <summary>How the index was found at open; <see cref="IndexHealth.Ok"/> again once rebuilt.</summary>
    public IndexHealth Health { get; private set; }
    public string? DatabaseId { get; private set; }
    public long LastAppliedChange { get; private set; }
    public int DocumentCount => _volunteers.Count;

    internal ConcurrentDictionary<Guid, IndexedVolunteer> Volunteers => _volunteers;

    /// <summary>Opens the index in this folder, creating it when missing; a damaged one is reported, wiped and left empty for a rebuild.</summary>
    public static VolunteerIndex Open(string directoryPath)
    {
        // The analyzer loads the Dutch dictionary once (about two seconds of CPU): start that now (unless the process
        // already did), beside reading the profiles, rather than before them or in the first write or search.
        _ = TextAnalysis.Preload();
        System.IO.Directory.CreateDirectory(directoryPath);
        var directory = FSDirectory.Open(directoryPath);
        if (!DirectoryReader.IndexExists(directory)) return Create(directory, IndexHealth.Missing);
        try
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            var health = data.TryGetValue(VersionKey, out var version) && version == AnalyzerVersion ? IndexHealth.Ok : IndexHealth.AnalyzerMismatch;
            if (health != IndexHealth.Ok)
            {
                directory.Dispose();
                return Create(Wipe(directoryPath), health);
            }
            // The profiles first: the writer needs the analyzer, which may still be loading meanwhile.
            var volunteers = LoadSideTable(directory);
            return new VolunteerIndex(directory, NewWriter(directory, OpenMode.APPEND), health, data, volunteers);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                      or InvalidDataException or System.Text.Json.JsonException or EndOfStreamException or IndexOutOfRangeException
                                      or ArgumentException or InvalidOperationException or LockObtainFailedException)
        {
            directory.Dispose();
            return Create(Wipe(directoryPath), IndexHealth.Corrupt);
        }
    }

    /// <summary>
    /// Checks that the files of the last commit are still in place and readable, and were made by this
    /// analyzer: null when they are, otherwise what is wrong. Cheap enough for every health check: it reads
    /// the commit point and each segment's header, not the postings. Call it while no commit runs.
    /// </summary>
    public string? CheckFiles()
    {
        try
        {
            if (_directory is FSDirectory fs && !System.IO.Directory.Exists(fs.Directory.FullName)) return "the index folder is gone";
            var infos = new SegmentInfos();
            infos.Read(_directory);
            if (!infos.UserData.TryGetValue(VersionKey, out var version) || version != AnalyzerVersion) return "made by another analyzer version";
            var present = _directory.ListAll().ToHashSet(StringComparer.Ordinal);
            if (!infos.GetFiles(_directory, true).All(present.Contains)) return "a file of the last commit is missing";
            return null;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                      or InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            return "the index files cannot be read (" + e.GetType().Name + ")";
        }
    }

    public void Upsert(VolunteerDocument document)
    {
        _writer.UpdateDocument(IndexFields.IdTerm(document.Id), IndexFields.ToLucene(document));
        _volunteers[document.Id] = new IndexedVolunteer(document);
    }

    public void Delete(Guid id)
    {
        _writer.DeleteDocuments(IndexFields.IdTerm(id));
        _volunteers.TryRemove(id, out _);
    }

    /// <summary>Makes writes so far visible to searches, without the cost of a durable commit.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public void Commit(long lastAppliedChange)
    {
        lock (_commitLock)
        {
            LastAppliedChange = Math.Max(LastAppliedChange, lastAppliedChange);
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [VersionKey] = AnalyzerVersion, [DatabaseKey] = DatabaseId ?? "", [ChangeKey] = LastAppliedChange.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            _writer.Commit();
        }
        Refresh();
    }

    public void Rebuild(IEnumerable<VolunteerDocument> all, string databaseId, long lastAppliedChange)
    {
        lock (_commitLock)
        {
            _writer.DeleteAll();
            _volunteers.Clear();
            foreach (var document in all)
            {
                _writer.AddDocument(IndexFields.ToLucene(document));
                _volunteers[document.Id] = new IndexedVolunteer(document);
            }
            DatabaseId = databaseId;
            LastAppliedChange = 0;
            Health = IndexHealth.Ok;
        }
        Commit(lastAppliedChange);
    }

    /// <summary>Erasure: merges deleted volunteers out of the segment files, so their words leave the disk too.</summary>
    public void PurgeDeleted(long? lastAppliedChange = null)
    {
        _writer.ForceMergeDeletes(doWait: true);
        Commit(lastAppliedChange ?? LastAppliedChange);
        _writer.DeleteUnusedFiles();
    }

    public IReadOnlyList<Candidate> FindCandidates(CandidateQuery query) => WithSearcher(s => CandidateRanker.Rank(s, _volunteers, query));

    /// <summary>
    /// For the benchmark only: the same text as a plain Lucene BooleanQuery with a top-N collector, no hard rules,
    /// practical fit, borrowed words or reasons (<see cref="PlainLucene"/>): the engine's own limit.
    /// </summary>
    internal IReadOnlyList<(Guid VolunteerId, float Score)> PlainLuceneTop(string text, int limit = 10) => WithSearcher(s => PlainLucene.Top(s, text, limit));

    public IReadOnlyList<Candidate> Search(PoolSearch search) => WithSearcher(s => PoolSearcher.Search(s, _volunteers, search));

    /// <summary>
    /// Closes a damaged index without committing anything more to it (a normal close commits), releasing
    /// the folder's write lock so that a fresh index can be opened there.
    /// </summary>
    public void Abandon()
    {
        try { _searchers.Dispose(); }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        try { _writer.Rollback(); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        _directory.Dispose();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    internal T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try { return search(searcher); }
        finally { _searchers.Release(searcher); }
    }

    private static ConcurrentDictionary<Guid, IndexedVolunteer> LoadSideTable(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        // Sized for every profile up front: growing a table of a million entries locks all of it, again and again.
        var volunteers = new ConcurrentDictionary<Guid, IndexedVolunteer>(Environment.ProcessorCount, reader.NumDocs);
        // The profiles' doc values are read in sequential runs, on every core: at a million volunteers, decoding the
        // profiles is most of the time to open. (Stored fields would decompress a chunk per document.) A segment
        // reader hands each thread its own doc-values reader, so the runs do not share a file position.
        // (Every document carries them: an index from before they existed has another version and is rebuilt.)
        const int run = 8192;
        var runs = reader.Leaves.SelectMany(leaf => Enumerable.Range(0, (leaf.AtomicReader.MaxDoc + run - 1) / run).Select(i => (Leaf: leaf.AtomicReader, From: i * run)));
        Parallel.ForEach(runs, work =>
        {
            var atomic = work.Leaf;
            var profiles = atomic.GetBinaryDocValues(IndexFields.Profile);
            if (profiles is null) return;
            var live = atomic.LiveDocs;
            var bytes = new BytesRef();
            for (var doc = work.From; doc < Math.Min(work.From + run, atomic.MaxDoc); doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                profiles.Get(doc, bytes);
                var volunteer = IndexFields.FromBytes(bytes);
                volunteers[volunteer.Id] = new IndexedVolunteer(volunteer, compact: true);
            }
        });
        return volunteers;
    }

    private static VolunteerIndex Create(LuceneDirectory directory, IndexHealth health)
    {
        var writer = NewWriter(directory, OpenMode.CREATE);
        var index = new VolunteerIndex(directory, writer, health, new Dictionary<string, string>());
        index.Commit(0);
        return index;
    }

    private static IndexWriter NewWriter(LuceneDirectory directory, OpenMode mode) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, DutchMatchAnalyzer.Instance)
        {
            OpenMode = mode,
            // Lucene 4.8 defaults to classic TF-IDF; BM25 rewards a word that matches without rewarding repetition.
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            // Few segments: ranking pays per segment and per word, so small flushes (a commit per batch of
            // changes) are merged eagerly, in the background, rather than left to pile up.
            // ForceMergeDeletes (erasure) rewrites every segment holding a deleted document: by default Lucene
            // skips segments less than 10 % deleted, which leaves one erased person among thousands on disk.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4, FloorSegmentMB = 32, ForceMergeDeletesPctAllowed = 0 },
        });

    private static LuceneDirectory Wipe(string directoryPath)
    {
        foreach (var file in System.IO.Directory.GetFiles(directoryPath)) File.Delete(file);
        return FSDirectory.Open(directoryPath);
    }

    private sealed class BronbankSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
