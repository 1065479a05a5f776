# run by the builder stage: its output becomes /out.txt in the final image
echo "$GREETING"
echo "built in a $(uname -s) sandbox as $(id -un), in $(pwd)"
