// Package pkg holds geotrack's libraries; see the sub-packages.
package pkg
