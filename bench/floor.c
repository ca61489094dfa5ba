/*
 * The floor: the work a pathguide build cannot avoid, done with the C libraries alone.
 *
 *     floor [-j THREADS] YAML_DIR MARKDOWN_DIR HTML_DIR
 *
 * Every *.yaml / *.yml file under YAML_DIR is parsed with libyaml's event parser, building
 * nothing; every *.md file under MARKDOWN_DIR is rendered to HTML with libcmark and written to
 * HTML_DIR, one .html per .md (the relative path with '/' turned into '-', so the output folder
 * is flat). A build that is "within 2x of the floor" spends at most as much again on everything
 * else: its model, the checks, the routes, the templates, the QR codes.
 *
 * -j 2 runs two threads taking files from one shared counter, so the comparison is fair to a
 * pathguide build given two cores. The totals printed at the end (files, bytes, YAML nodes) say
 * what was measured, and give the size of a corpus in nodes.
 *
 * Compiled by bench/run: cc -O2 bench/floor.c -lyaml -lcmark -lpthread -o <build dir>/floor
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

enum kind { YAML_FILE, MARKDOWN_FILE };

struct job {
    enum kind kind;
    char *path;
    char *relative; /* under its folder, for the output name */
};

static struct job *jobs;
static size_t job_count, job_capacity;
static const char *walk_root;
static enum kind walk_kind;
static const char *html_dir;

/* What the threads add up; each keeps its own and they are summed at the end. */
struct totals {
    size_t yaml_files, yaml_bytes, yaml_nodes;
    size_t markdown_files, markdown_bytes, html_bytes;
    int failed;
};

static size_t next_job; /* shared: the next job to take, advanced atomically */

static int ends_with(const char *text, const char *suffix) {
    size_t n = strlen(text), m = strlen(suffix);
    return n >= m && strcmp(text + n - m, suffix) == 0;
}

static int collect(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)info;
    (void)ftw;
    if (type != FTW_F) return 0;
    int wanted = walk_kind == YAML_FILE ? (ends_with(path, ".yaml") || ends_with(path, ".yml")) : ends_with(path, ".md");
    if (!wanted) return 0;
    if (job_count == job_capacity) {
        job_capacity = job_capacity ? job_capacity * 2 : 1024;
        jobs = realloc(jobs, job_capacity * sizeof *jobs);
        if (!jobs) { perror("floor"); exit(2); }
    }
    const char *relative = path + strlen(walk_root);
    while (*relative == '/') relative++;
    jobs[job_count].kind = walk_kind;
    jobs[job_count].path = strdup(path);
    jobs[job_count].relative = strdup(relative);
    job_count++;
    return 0;
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc((size_t)size + 1);
    if (bytes && fread(bytes, 1, (size_t)size, file) != (size_t)size) { free(bytes); bytes = NULL; }
    fclose(file);
    if (bytes) { bytes[size] = '\0'; *length = (size_t)size; }
    return bytes;
}

/* Parses one YAML file to the end, counting nodes (scalars, sequences, mappings, aliases). */
static int parse_yaml(const char *bytes, size_t length, size_t *nodes) {
    yaml_parser_t parser;
    yaml_event_t event;
    int ok = 1, done = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, length);
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) { ok = 0; break; }
        switch (event.type) {
        case YAML_SCALAR_EVENT: case YAML_SEQUENCE_START_EVENT: case YAML_MAPPING_START_EVENT: case YAML_ALIAS_EVENT:
            (*nodes)++;
            break;
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok;
}

/* Renders one Markdown file, as pathguide does: CommonMark, default options. The front matter
 * is metadata for a site generator, not part of the page, so it is skipped. */
static int render_markdown(const struct job *job, const char *bytes, size_t length, struct totals *totals) {
    const char *body = bytes;
    if (strncmp(body, "---\n", 4) == 0) {
        const char *end = strstr(body + 4, "\n---\n");
        if (end) body = end + 5;
    }
    char *html = cmark_markdown_to_html(body, length - (size_t)(body - bytes), CMARK_OPT_DEFAULT);
    if (!html) return 0;
    size_t html_length = strlen(html);

    char name[4096];
    size_t n = strlen(job->relative) - strlen(".md");
    if (n > 2000) n = 2000;
    snprintf(name, sizeof name, "%s/%.*s.html", html_dir, (int)n, job->relative);
    for (char *c = name + strlen(html_dir) + 1; *c; c++) if (*c == '/') *c = '-';
    FILE *out = fopen(name, "wb");
    int ok = out && fwrite(html, 1, html_length, out) == html_length;
    if (out && fclose(out) != 0) ok = 0;
    free(html);
    totals->html_bytes += html_length;
    return ok;
}

static void *worker(void *argument) {
    struct totals *totals = argument;
    for (;;) {
        size_t i = __atomic_fetch_add(&next_job, 1, __ATOMIC_RELAXED);
        if (i >= job_count) break;
        const struct job *job = &jobs[i];
        size_t length = 0;
        char *bytes = read_file(job->path, &length);
        if (!bytes) { fprintf(stderr, "floor: cannot read %s: %s\n", job->path, strerror(errno)); totals->failed = 1; continue; }
        if (job->kind == YAML_FILE) {
            totals->yaml_files++;
            totals->yaml_bytes += length;
            if (!parse_yaml(bytes, length, &totals->yaml_nodes)) { fprintf(stderr, "floor: YAML error in %s\n", job->path); totals->failed = 1; }
        } else {
            totals->markdown_files++;
            totals->markdown_bytes += length;
            if (!render_markdown(job, bytes, length, totals)) { fprintf(stderr, "floor: cannot render %s\n", job->path); totals->failed = 1; }
        }
        free(bytes);
    }
    return NULL;
}

int main(int argc, char **argv) {
    int threads = 1, arg = 1;
    if (argc > 2 && strcmp(argv[1], "-j") == 0) { threads = atoi(argv[2]); arg = 3; }
    if (argc - arg != 3 || threads < 1 || threads > 64) {
        fprintf(stderr, "usage: floor [-j THREADS] YAML_DIR MARKDOWN_DIR HTML_DIR\n");
        return 2;
    }
    const char *yaml_dir = argv[arg], *markdown_dir = argv[arg + 1];
    html_dir = argv[arg + 2];

    /* Listing the folders is done before the clock matters to anyone: both are tiny next to the work. */
    walk_root = yaml_dir; walk_kind = YAML_FILE;
    if (nftw(yaml_dir, collect, 32, FTW_PHYS) != 0) { perror(yaml_dir); return 2; }
    walk_root = markdown_dir; walk_kind = MARKDOWN_FILE;
    if (nftw(markdown_dir, collect, 32, FTW_PHYS) != 0) { perror(markdown_dir); return 2; }

    struct totals *totals = calloc((size_t)threads, sizeof *totals);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    for (int t = 1; t < threads; t++) pthread_create(&ids[t], NULL, worker, &totals[t]);
    worker(&totals[0]);
    for (int t = 1; t < threads; t++) pthread_join(ids[t], NULL);

    struct totals sum = {0};
    for (int t = 0; t < threads; t++) {
        sum.yaml_files += totals[t].yaml_files; sum.yaml_bytes += totals[t].yaml_bytes; sum.yaml_nodes += totals[t].yaml_nodes;
        sum.markdown_files += totals[t].markdown_files; sum.markdown_bytes += totals[t].markdown_bytes;
        sum.html_bytes += totals[t].html_bytes; sum.failed |= totals[t].failed;
    }
    fprintf(stderr, "floor: %zu YAML files (%zu bytes, %zu nodes), %zu Markdown files (%zu bytes) -> %zu bytes of HTML, %d thread%s\n",
            sum.yaml_files, sum.yaml_bytes, sum.yaml_nodes, sum.markdown_files, sum.markdown_bytes, sum.html_bytes,
            threads, threads == 1 ? "" : "s");
    return sum.failed ? 1 : 0;
}
