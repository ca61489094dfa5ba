#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

/* The two plugins pathguide draws with, linked in rather than found through Graphviz's plugin
   configuration file at run time: the dot layout and the core renderers (SVG among them). */
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;

/* A Graphviz context that knows exactly the linked plugins and loads nothing from disk. */
static inline GVC_t *pathguide_graphviz_context(void) {
    static const lt_symlist_t builtins[] = {
        { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
        { "gvplugin_core_LTX_library", &gvplugin_core_LTX_library },
        { 0, 0 },
    };
    return gvContextPlugins(builtins, 0);
}

/* A new directed graph (Agdirected is a mutable global, which Swift will not read). */
static inline Agraph_t *pathguide_graphviz_digraph(char *name) {
    return agopen(name, Agdirected, 0);
}
