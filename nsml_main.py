#!/usr/bin/env python
"""histo_fastai's NSML entry file: argument parsing and the NSML hand-over only; the work lives in the library.

On NSML it runs as is (`nsml run -d DATASET -e nsml_main.py -a "--preset khd2020"`) with NSML's own `nsml`
package. Everywhere else it uses the project's local runtime, `histo_fastai.nsml_local`, driven by the
`histo-nsml` command (`histo-nsml run -d synthetic -e nsml_main.py`). Started directly with no session
(`python nsml_main.py [ARGS]`), it trains in a new local session on `$HISTO_DATA` (else the embedded synthetic
dataset), then submits its last checkpoint to the local evaluator and prints the session, checkpoint and score.
"""
import argparse, os, sys
from types import SimpleNamespace

try: import nsml
except ImportError: from histo_fastai import nsml_local as nsml


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # reserved by NSML
    p.add_argument('--mode', default='train', help="'train', or 'test' when NSML submits")
    p.add_argument('--pause', type=int, default=0, help='1 when NSML re-creates the session to load a model')
    p.add_argument('--iteration', default='', help='the checkpoint to load (default: the newest)')
    # the recipe (any field left out comes from the preset)
    p.add_argument('--preset', default='quick', help='quick, khd2020 or onecycle')
    p.add_argument('--arch', help='resnet50, resnet18/34/101, vgg16_bn, densenet121, inception_v3, efficientnet_b0')
    p.add_argument('--head', choices=['linear', 'fastai'])
    p.add_argument('--size', type=int, help='input size in pixels')
    p.add_argument('--sizes', help='progressive resizing, e.g. "224,299,331"')
    p.add_argument('--epochs', type=int, help='epochs (all stages together)')
    p.add_argument('--bs', type=int, help='batch size')
    p.add_argument('--lr', type=float, help='learning rate')
    p.add_argument('--seed', type=int, help='random seed')
    p.add_argument('--pretrained', choices=['true', 'false', 'auto'], help="ImageNet weights: 'auto' falls back to random init")
    p.add_argument('--weights', help='a torchvision state-dict file for the backbone')
    p.add_argument('--workers', type=int, help='DataLoader workers')
    # the split
    p.add_argument('--folds', type=int, help='stratified k-fold CV with this many folds (all folds unless --fold)')
    p.add_argument('--fold', type=int, help='run only this fold of --folds')
    p.add_argument('--valid-pct', type=float, default=0.2, help='stratified holdout share (the default split)')
    p.add_argument('--full', action='store_true', help='train on every image (refit), no validation')
    # inference
    p.add_argument('--tta', action='store_true', help='flip TTA in infer')
    p.add_argument('--threshold', type=float, help='class-1 threshold to store (default: tuned on validation/OOF, else 0.5)')
    p.add_argument('--ensemble', help='"SESSION:CKPT,SESSION:CKPT,...": save one ensemble checkpoint of these models')
    p.add_argument('--ensemble-weights', help='"w1,w2,..." for --ensemble (default equal)')
    return p.parse_args(argv)


def bind_model(slot, args):
    "Register save/load/infer with NSML; `slot.model` is the Learner being trained or the loaded predictor."
    from histo_fastai.inference import save_checkpoint, load_checkpoint, predict_paths
    def save(dir_path, **kwargs): save_checkpoint(slot.model, dir_path)
    def load(dir_path, **kwargs): slot.model = load_checkpoint(dir_path)
    def infer(image_paths, **kwargs): return [int(p) for p in predict_paths(slot.model, list(image_paths), tta=args.tta or None)]
    nsml.bind(save=save, load=load, infer=infer)


def main(argv=None):
    args = parse_args(argv)
    slot = SimpleNamespace(model=None)
    bind_model(slot, args)
    if args.pause: nsml.paused(scope=locals())  # fork: loads --iteration and returns; submit: NSML takes over
    if args.mode != 'train': return
    from histo_fastai.entry import train_nsml
    train_nsml(slot, nsml, dataset_path=nsml.DATASET_PATH, **{k:v for k,v in vars(args).items() if k not in ('mode','pause','iteration')})


if __name__ == '__main__':
    if not nsml.IS_ON_NSML and not nsml.in_session():  # plain `python nsml_main.py`: a local session, then a submit
        try: nsml.run_and_submit(__file__, sys.argv[1:])
        except nsml.NSMLError as e: sys.exit(f'histo-nsml: error: {e}')
    else: main()
