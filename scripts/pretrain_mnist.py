"""Train the shipped MNIST weights from a fixed seed: `make weights`.

Writes models/mnist_cnn.pt, models/mnist_fc.pt (half precision, to stay small) and
models/mnist_metrics.json with each model's test accuracy, which a test checks.
"""

import json

from core import mnist
from core.compute import configure_threads

SEED = 0
EPOCHS = {"cnn": 5, "fc": 3}


def main():
    configure_threads()
    data = mnist.preload()
    metrics = {}
    for kind, epochs in EPOCHS.items():
        model = mnist.build_model(kind, SEED)
        history = mnist.train(model, data, "fast", epochs, 256, SEED, device=mnist.pick_device())
        model.cpu()
        mnist.save_weights(model, kind, half=kind == "fc")
        reloaded = mnist.load_pretrained(kind)
        accuracy = mnist.evaluate(reloaded, data.x_test, data.y_test)["accuracy"]
        metrics[kind] = {
            "test_accuracy": round(accuracy, 4),
            "epochs": epochs,
            "recipe": "fast",
            "seed": SEED,
            "train_seconds": round(history.seconds, 1),
        }
        print(kind, metrics[kind])
    (mnist.WEIGHTS_DIR / "mnist_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
