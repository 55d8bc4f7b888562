#!/usr/bin/env python
"""histo_fastai's NSML entry file: argument parsing and the NSML hand-over only; the work lives in the library.

On NSML it runs as is (`nsml run -d DATASET -e nsml_main.py -a "--preset khd2020"`) with NSML's own `nsml`
package. Everywhere else it uses the project's local runtime, `histo_fastai.nsml_local`, driven by the
`histo-nsml` command (`histo-nsml run -d synthetic -e nsml_main.py`). Started directly with no session
(`python nsml_main.py [ARGS]`), it trains in a new local session on `$HISTO_DATA` (else the embedded synthetic
dataset), then submits its last checkpoint to the local evaluator and prints the session, checkpoint and score.
`python nsml_main.py --help` lists the arguments.
"""
import os, sys
from types import SimpleNamespace

def _import_nsml():
    "NSML's own `nsml` package on NSML; anywhere else the local runtime (a folder named `nsml` here is not NSML's package)."
    try:
        import nsml
        if getattr(nsml, '__file__', None) is not None and hasattr(nsml, 'bind'): return nsml
        sys.modules.pop('nsml', None) # e.g. a store folder ./nsml, imported as a namespace package
    except ImportError: pass
    from histo_fastai import nsml_local
    return nsml_local

nsml = _import_nsml()

def main(argv=None):
    from histo_fastai.entry import parse_args, bind_nsml, train_nsml, ENTRY_ERRORS
    args = parse_args(argv)
    if os.environ.get('HISTO_NSML_CHECK'): return # histo-nsml's check before a session starts: the arguments are fine
    slot = SimpleNamespace(model=None, meta={}, loaded=None)
    bind_nsml(slot, nsml, args)
    if args.pause: nsml.paused(scope=locals()) # fork: loads --iteration and returns; submit: NSML takes over
    if args.mode != 'train': return
    try: train_nsml(slot, nsml, nsml.DATASET_PATH, args)
    except ENTRY_ERRORS as e: sys.exit(f'nsml_main.py: error: {e}')

if __name__ == '__main__':
    if nsml.IS_ON_NSML or nsml.in_session() or os.environ.get('HISTO_NSML_CHECK') or {'-h', '--help'} & set(sys.argv[1:]): main()
    else: # plain `python nsml_main.py`: a local session, then a submit
        try: nsml.run_and_submit(__file__, sys.argv[1:])
        except nsml.NSMLError as e: sys.exit(f'histo-nsml: error: {e}')
